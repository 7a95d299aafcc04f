package lms.gateway.catalogcache;

import java.time.Clock;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import lms.events.course.CourseCreated;
import lms.events.course.CourseDeleted;
import lms.events.course.CourseUpdated;
import lms.events.course.EnrollmentCreated;
import lms.events.course.LayoutBannerReplaced;
import lms.events.course.QuestionAnswered;
import lms.events.course.QuestionAsked;
import lms.events.course.ReviewAdded;
import lms.events.course.ReviewReplied;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The edge cache of the public catalog, cleared on every instance by the course events
 * (each instance reads them in a consumer group of its own, see application.yml).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CatalogCacheProperties.class)
@ConditionalOnProperty(name = "lms.gateway.catalog-cache.enabled", matchIfMissing = true)
class CatalogCacheConfiguration {

	@Bean
	CatalogCache catalogCache(CatalogCacheProperties properties, Clock clock, MeterRegistry meters) {
		return new CatalogCache(properties, clock, meters);
	}

	@Bean
	CatalogCacheFilter catalogCacheFilter(CatalogCache cache, CatalogCacheProperties properties, Clock clock) {
		return new CatalogCacheFilter(cache, properties, clock);
	}

	/**
	 * Any change to a course, its Q&A, reviews or purchases changes some public answer.
	 */
	@Bean
	Consumer<Message<byte[]>> catalogEvictions(JsonMapper json, CatalogCache cache) {
		return EventHandlers.group("gateway.catalog", json, ProcessedEvents.none())
			.onPayload(CourseCreated.class, (event) -> cache.clear())
			.onPayload(CourseUpdated.class, (event) -> cache.clear())
			.onPayload(CourseDeleted.class, (event) -> cache.clear())
			.onPayload(QuestionAsked.class, (event) -> cache.clear())
			.onPayload(QuestionAnswered.class, (event) -> cache.clear())
			.onPayload(ReviewAdded.class, (event) -> cache.clear())
			.onPayload(ReviewReplied.class, (event) -> cache.clear())
			.onPayload(LayoutBannerReplaced.class, (event) -> cache.clear())
			.onPayload(EnrollmentCreated.class, (event) -> cache.clear())
			.build();
	}

}
