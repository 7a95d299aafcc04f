package lms.course.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import lms.kit.cache.EventPosition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalCatalogCacheTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final LocalCatalogCache cache = new LocalCatalogCache(
			new CatalogProperties(Duration.ofHours(1), 100, 50, Duration.ofMinutes(1), Duration.ofSeconds(1)),
			this.meters, Runnable::run);

	@Test
	void tenThousandJunkSearchesEvictNeitherTheListNorACourseAndStayWithinTheirBound() {
		List<String> catalog = Stream
			.concat(Stream.of(CatalogReader.ALL), IntStream.range(0, 99).mapToObj((i) -> CatalogReader.COURSE + i))
			.toList();
		catalog.forEach((key) -> this.cache.putIfCurrent(key, answer(key), this.cache.generation()));

		for (int i = 0; i < 10_000; i++) {
			String junk = new CatalogQuery("junk " + i, (i % 7) + 1, null).cacheKey();
			this.cache.get(junk);
			this.cache.putIfCurrent(junk, answer(junk), this.cache.generation());
		}

		assertThat(catalog).allSatisfy((key) -> assertThat(this.cache.get(key)).as(key).isNotNull());
		assertThat(this.cache.size()).isLessThanOrEqualTo(100 + 50);
		assertThat(size(LocalCatalogCache.NAME + ".searches")).isLessThanOrEqualTo(50);
		assertThat(size(LocalCatalogCache.NAME)).isEqualTo(100);
		assertThat(this.meters.get("cache.gets")
			.tag("cache", LocalCatalogCache.NAME)
			.tag("result", "hit")
			.functionCounter()
			.count()).isEqualTo(100);
	}

	@Test
	void anAnswerReadBeforeAnEvictionIsNeverServedAfterIt() {
		long readAt = this.cache.generation();
		this.cache.evictAll();

		this.cache.putIfCurrent(CatalogReader.ALL, answer("stale"), readAt);

		assertThat(this.cache.get(CatalogReader.ALL)).isNull();
	}

	private double size(String cache) {
		return this.meters.get("cache.size").tag("cache", cache).gauge().value();
	}

	private static CachedResponse answer(String text) {
		return CachedResponse.of(new SharedAnswer(EventPosition.START, text.getBytes(StandardCharsets.UTF_8)));
	}

}
