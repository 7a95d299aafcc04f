package lms.course.catalog;

import java.util.function.Consumer;

import lms.course.course.CourseChanged;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.kit.messaging.EventDelay;
import lms.kit.messaging.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * Every write evicts both levels where it happens; every other instance evicts its
 * in-process level when the course event reaches it (binding {@code courseCache}, a
 * consumer group of its own per instance), then notes how far it has read
 * ({@link CatalogPosition}), so a reader that sees the new position also sees the
 * eviction, and records how long after the write that was ({@code lms.event.delay}, group
 * {@code course.cache}). Eviction is idempotent, so no dedup is kept. Either way the
 * course written is loaded again at once ({@link CatalogRefill}).
 */
@Configuration(proxyBeanMethods = false)
class CatalogEviction {

	private static final Logger log = LoggerFactory.getLogger(CatalogEviction.class);

	private final LocalCatalogCache local;

	private final RedisCatalogCache redis;

	private final CatalogPosition position;

	private final CatalogRefill refill;

	CatalogEviction(LocalCatalogCache local, RedisCatalogCache redis, CatalogPosition position, CatalogRefill refill) {
		this.local = local;
		this.redis = redis;
		this.position = position;
		this.refill = refill;
	}

	@EventListener
	void courseWritten(CourseChanged change) {
		this.redis.bump();
		this.local.evictAll();
		this.refill.refill(change.courseId());
	}

	@Bean
	Consumer<Message<byte[]>> courseCache() {
		return (message) -> {
			log.debug("Course event {} evicts the local catalog", message.getHeaders().get(CloudEventHeaders.TYPE));
			this.local.evictAll();
			this.position.holder().advance(message);
			String courseId = Headers.text(message, CloudEventHeaders.SUBJECT);
			if (Topics.COURSE_COURSE.equals(message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC))
					&& courseId != null) {
				this.refill.refill(courseId);
			}
			EventDelay.handled("course.cache", message);
		};
	}

}
