package lms.course.catalog;

import java.util.Optional;
import java.util.function.Supplier;

import lms.course.course.Course;
import lms.course.course.CourseDiscussions;
import lms.course.course.CourseResponse;
import lms.course.course.CourseStore;
import lms.course.course.CoursesResponse;
import lms.kit.cache.EventPosition;
import lms.kit.cache.EventPositionHolder;
import lms.kit.metrics.CacheLevel;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Serves the public catalog from the in-process cache, then Redis, then MongoDB; only the
 * public projection is ever serialized here, under canonical keys ({@link CatalogQuery}).
 * Searches and pages are kept in process only. A cached answer is taken only if it
 * reflects every course event this instance has read ({@link EventPosition}); an answer
 * read from MongoDB reflects every event read before the read began, since an event is
 * published only after its write.
 */
@Component
class CatalogReader {

	static final String ALL = "all";

	static final String COURSE = "course:";

	private final LocalCatalogCache local;

	private final RedisCatalogCache redis;

	private final CourseStore courses;

	private final CourseDiscussions discussions;

	private final JsonMapper json;

	private final CacheLevel redisLevel;

	private final EventPositionHolder position;

	private final SingleFlight<Optional<CachedResponse>> loads = new SingleFlight<>();

	CatalogReader(LocalCatalogCache local, RedisCatalogCache redis, CourseStore courses, CourseDiscussions discussions,
			JsonMapper json, MeterRegistry meters, CatalogPosition position) {
		this.position = position.holder();
		this.local = local;
		this.redis = redis;
		this.courses = courses;
		this.discussions = discussions;
		this.json = json;
		this.redisLevel = CacheLevel.register(meters, LocalCatalogCache.NAME + ".redis");
	}

	CachedResponse courses(CatalogQuery query) {
		return read(query.cacheKey(), query.isEmpty(),
				() -> Optional
					.of(CoursesResponse.of(this.discussions.withReviews(query.apply(this.courses.all(Sort.by("_id"))))
						.stream()
						.map(PublicCourse::of)
						.toList())));
	}

	Optional<CachedResponse> course(String id) {
		return readOptional(COURSE + id, true, () -> this.courses.find(id)
			.map((Course course) -> CourseResponse.of(PublicCourse.of(this.discussions.withReviews(course)))));
	}

	private CachedResponse read(String key, boolean shareable, Supplier<Optional<Object>> load) {
		return readOptional(key, shareable, load).orElseThrow();
	}

	/**
	 * @param shareable whether Redis may keep the answer: the full list and existing
	 * courses only, whose number the catalog bounds
	 */
	private Optional<CachedResponse> readOptional(String key, boolean shareable, Supplier<Optional<Object>> load) {
		EventPosition seen = this.position.current();
		CachedResponse cached = this.local.get(key);
		if (cached != null && cached.position().covers(seen)) {
			return Optional.of(cached);
		}
		SingleFlight.Shared<Optional<CachedResponse>> loaded = this.loads.load(key, this.local.generation(),
				() -> loadMiss(key, shareable, load, seen));
		if (!loaded.joined() || loaded.value().map((answer) -> answer.position().covers(seen)).orElse(false)) {
			return loaded.value();
		}
		// another reader's load began before an event this reader has seen, or found
		// nothing
		return loadMiss(key, shareable, load, seen);
	}

	private Optional<CachedResponse> loadMiss(String key, boolean shareable, Supplier<Optional<Object>> load,
			EventPosition seen) {
		long localGeneration = this.local.generation();
		Optional<String> redisGeneration = shareable ? this.redis.generation() : Optional.empty();
		Optional<SharedAnswer> shared = redisGeneration.flatMap((generation) -> this.redis.get(generation, key))
			.filter((answer) -> answer.position().covers(seen));
		if (shareable) {
			this.redisLevel.record(shared.orElse(null));
		}
		if (shared.isEmpty()) {
			shared = load.get().map((body) -> new SharedAnswer(seen, this.json.writeValueAsBytes(body)));
			shared.ifPresent(
					(answer) -> redisGeneration.ifPresent((generation) -> this.redis.put(generation, key, answer)));
		}
		Optional<CachedResponse> response = shared.map(CachedResponse::of);
		response.ifPresent((r) -> this.local.putIfCurrent(key, r, localGeneration));
		return response;
	}

}
