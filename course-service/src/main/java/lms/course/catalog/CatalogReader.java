package lms.course.catalog;

import java.util.Optional;
import java.util.function.Supplier;

import lms.course.course.Course;
import lms.course.course.CourseDiscussions;
import lms.course.course.CourseResponse;
import lms.course.course.CourseStore;
import lms.course.course.CoursesResponse;
import lms.kit.metrics.CacheLevel;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Serves the public catalog from the in-process cache, then Redis, then MongoDB; only the
 * public projection is ever serialized here, under canonical keys ({@link CatalogQuery}).
 * Searches and pages are kept in process only.
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

	CatalogReader(LocalCatalogCache local, RedisCatalogCache redis, CourseStore courses, CourseDiscussions discussions,
			JsonMapper json, MeterRegistry meters) {
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
		CachedResponse cached = this.local.get(key);
		if (cached != null) {
			return Optional.of(cached);
		}
		long localGeneration = this.local.generation();
		Optional<String> redisGeneration = shareable ? this.redis.generation() : Optional.empty();
		Optional<byte[]> shared = redisGeneration.flatMap((generation) -> this.redis.get(generation, key));
		if (shareable) {
			this.redisLevel.record(shared.orElse(null));
		}
		if (shared.isEmpty()) {
			shared = load.get().map(this.json::writeValueAsBytes);
			shared.ifPresent(
					(bytes) -> redisGeneration.ifPresent((generation) -> this.redis.put(generation, key, bytes)));
		}
		Optional<CachedResponse> response = shared.map(CachedResponse::of);
		response.ifPresent((r) -> this.local.putIfCurrent(key, r, localGeneration));
		return response;
	}

}
