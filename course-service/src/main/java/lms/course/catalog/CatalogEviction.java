package lms.course.catalog;

import java.util.function.Consumer;

import lms.course.course.CourseChanged;
import lms.events.CloudEventHeaders;
import lms.kit.messaging.EventDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.messaging.Message;

/**
 * Every write evicts both levels where it happens; every other instance evicts its
 * in-process level when the course event reaches it (binding {@code courseCache}, a
 * consumer group of its own per instance), then notes how far it has read
 * ({@link CatalogPosition}), so a reader that sees the new position also sees the
 * eviction, and records how long after the write that was ({@code lms.event.delay}, group
 * {@code course.cache}). Eviction is idempotent, so no dedup is kept.
 */
@Configuration(proxyBeanMethods = false)
class CatalogEviction {

	private static final Logger log = LoggerFactory.getLogger(CatalogEviction.class);

	private final LocalCatalogCache local;

	private final RedisCatalogCache redis;

	private final CatalogPosition position;

	CatalogEviction(LocalCatalogCache local, RedisCatalogCache redis, CatalogPosition position) {
		this.local = local;
		this.redis = redis;
		this.position = position;
	}

	@EventListener
	void courseWritten(CourseChanged change) {
		this.redis.bump();
		this.local.evictAll();
	}

	@Bean
	Consumer<Message<byte[]>> courseCache() {
		return (message) -> {
			log.debug("Course event {} evicts the local catalog", message.getHeaders().get(CloudEventHeaders.TYPE));
			this.local.evictAll();
			this.position.holder().advance(message);
			EventDelay.handled("course.cache", message);
		};
	}

}
