package lms.notification.admin;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes read notifications created more than the retention ago (30 days), as the
 * original's midnight cron did; unread ones are never removed. A job, not a TTL index:
 * the MongoDB stand-in ignores TTL.
 */
@Component
public class ReadNotificationsPurge {

	private static final Logger log = LoggerFactory.getLogger(ReadNotificationsPurge.class);

	private final AdminNotifications notifications;

	private final NotificationProperties properties;

	private final Clock clock;

	public ReadNotificationsPurge(AdminNotifications notifications, NotificationProperties properties, Clock clock) {
		this.notifications = notifications;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${lms.notification.admin.purge-cron:0 0 0 * * *}")
	public long purge() {
		long removed = this.notifications
			.removeReadCreatedBefore(this.clock.instant().minus(this.properties.readRetention()));
		log.info("Deleted {} read notifications", removed);
		return removed;
	}

}
