package lms.notification.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.notification.admin.*}.
 *
 * @param readRetention read notifications older than this are removed
 * @param purgeCron when the removal runs (the original: daily at midnight)
 * @param maxPageSize the largest {@code limit} a list request may ask for
 * @param streamTimeout how long a dashboard's event stream stays open before the browser
 * reconnects
 * @param heartbeat how often an idle stream gets a comment line, so proxies keep it open
 * and dead clients are noticed
 * @param channel the Redis channel that carries new notifications to every instance
 */
@ConfigurationProperties("lms.notification.admin")
public record NotificationProperties(@DefaultValue("30d") Duration readRetention,
		@DefaultValue("0 0 0 * * *") String purgeCron, @DefaultValue("100") int maxPageSize,
		@DefaultValue("30m") Duration streamTimeout, @DefaultValue("25s") Duration heartbeat,
		@DefaultValue("lms.notification.admin") String channel) {
}
