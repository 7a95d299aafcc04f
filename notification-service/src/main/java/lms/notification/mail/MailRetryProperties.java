package lms.notification.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.notification.mail.retry.*}: how a mail that could not be sent is retried.
 * There is no limit on attempts; each wait stays far below {@code max.poll.interval.ms}
 * anyway, since the partition is paused and the consumer keeps polling.
 *
 * @param initialInterval the wait after the first failure
 * @param multiplier how each wait grows
 * @param maxInterval the longest wait between two attempts
 */
@ConfigurationProperties("lms.notification.mail.retry")
public record MailRetryProperties(@DefaultValue("1s") Duration initialInterval, @DefaultValue("2.0") double multiplier,
		@DefaultValue("30s") Duration maxInterval) {
}
