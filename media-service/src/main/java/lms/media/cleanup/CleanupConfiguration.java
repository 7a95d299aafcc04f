package lms.media.cleanup;

import java.time.Clock;
import java.util.Objects;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import lms.events.course.CourseDeleted;
import lms.events.course.CourseUpdated;
import lms.events.course.LayoutBannerReplaced;
import lms.events.identity.UserAvatarChanged;
import lms.events.identity.UserDeleted;
import lms.kit.messaging.EventHandlers;
import lms.kit.messaging.ProcessedEvents;
import lms.kit.outbox.Outbox;
import lms.media.asset.Assets;
import lms.media.store.ImageStore;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The {@code media.cleanup} consumer group on the user and course topics. Handlers only
 * record the deletion (idempotent by public id); {@link DeletionWorker} destroys.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CleanupProperties.class)
class CleanupConfiguration {

	static final String GROUP = "media.cleanup";

	@Bean
	Deletions deletions(MongoTemplate mongo, Outbox outbox, Clock clock) {
		return new Deletions(mongo, outbox, clock);
	}

	@Bean
	DeletionWorker deletionWorker(Deletions deletions, ImageStore store, Assets assets, CleanupProperties properties) {
		return new DeletionWorker(deletions, store, assets, properties);
	}

	/** Deletions waiting for Cloudinary: grows during an outage, drains after it. */
	@Bean
	MeterBinder pendingDeletionsGauge(Deletions deletions) {
		return (registry) -> Gauge.builder("lms.media.deletions.pending", deletions, Deletions::pendingCount)
			.description("Image deletions not yet accepted by the store")
			.register(registry);
	}

	@Bean
	EventHandlers userCleanup(JsonMapper json, ProcessedEvents processed, Deletions deletions) {
		return EventHandlers.group(GROUP, json, processed).onPayload(UserAvatarChanged.class, (event) -> {
			if (!Objects.equals(event.oldPublicId(), event.newPublicId())) {
				deletions.request(event.oldPublicId(), "user", event.userId(), "UserAvatarChanged");
			}
		})
			.onPayload(UserDeleted.class,
					(event) -> deletions.request(event.avatarPublicId(), "user", event.userId(), "UserDeleted"))
			.build();
	}

	@Bean
	EventHandlers courseCleanup(JsonMapper json, ProcessedEvents processed, Deletions deletions) {
		return EventHandlers.group(GROUP, json, processed).onPayload(CourseUpdated.class, (event) -> {
			if (!Objects.equals(event.oldThumbnailPublicId(), event.newThumbnailPublicId())) {
				deletions.request(event.oldThumbnailPublicId(), "course", event.courseId(), "CourseUpdated");
			}
		})
			.onPayload(CourseDeleted.class,
					(event) -> deletions.request(event.thumbnailPublicId(), "course", event.courseId(),
							"CourseDeleted"))
			.onPayload(LayoutBannerReplaced.class, (event) -> {
				if (!Objects.equals(event.oldPublicId(), event.newPublicId())) {
					deletions.request(event.oldPublicId(), "layout", event.layoutId(), "LayoutBannerReplaced");
				}
			})
			.build();
	}

}
