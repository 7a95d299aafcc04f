package lms.notification.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import lms.testkit.MutableClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled clean-up removes read notifications older than 30 days and never an
 * unread one, judged by a clock the test moves.
 */
class ReadNotificationsPurgeTest extends AdminContextTest {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	NotificationProperties properties;

	final MutableClock clock = new MutableClock(Instant.parse("2030-06-01T00:00:00Z"));

	@Test
	void readNotificationsGoAfterThirtyDaysAndUnreadOnesStay() {
		AdminNotifications notifications = new AdminNotifications(this.mongo, this.clock);
		ReadNotificationsPurge purge = new ReadNotificationsPurge(notifications, this.properties, this.clock);
		String readLongAgo = raise(notifications, Duration.ofDays(31), true);
		String readRecently = raise(notifications, Duration.ofDays(29), true);
		String unreadLongAgo = raise(notifications, Duration.ofDays(400), false);

		purge.purge();
		assertThat(exists(readLongAgo)).isFalse();
		assertThat(exists(readRecently)).isTrue();
		assertThat(exists(unreadLongAgo)).isTrue();

		this.clock.advance(Duration.ofDays(2));
		purge.purge();
		assertThat(exists(readRecently)).isFalse();
		assertThat(exists(unreadLongAgo)).isTrue();
	}

	@Test
	void theRetentionIsThirtyDaysByDefault() {
		assertThat(this.properties.readRetention()).isEqualTo(Duration.ofDays(30));
	}

	private String raise(AdminNotifications notifications, Duration age, boolean read) {
		String eventId = UUID.randomUUID().toString();
		AdminNotification raised = notifications
			.raise(NewNotification.forAdmins(eventId, this.clock.instant().minus(age), "New Order",
					"You have a new order from Java", "u-1", "c-1"))
			.orElseThrow();
		if (read) {
			assertThat(notifications.markRead(raised.id())).isTrue();
		}
		return raised.id();
	}

	private boolean exists(String id) {
		return this.mongo.findById(id, AdminNotification.class) != null;
	}

}
