package lms.kit.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import lms.events.CloudEventHeaders;

import org.springframework.messaging.Message;

/**
 * {@code lms.event.delay{group,type}}: from the moment an event happened
 * ({@code ce_time}, written with the change) until a consumer group's handler finished
 * with it, so the design's end-to-end targets (registration → activation mail, course
 * edit → eviction) can be watched in production. A histogram, recorded in Micrometer's
 * global registry, to which Spring Boot adds its own.
 */
public final class EventDelay {

	private EventDelay() {
	}

	/**
	 * Records the delay of an event a group handled without {@link EventHandlers} (e.g.
	 * one that takes every type of its topics).
	 */
	public static void handled(String group, Message<?> event) {
		String type = Headers.text(event, CloudEventHeaders.TYPE);
		if (type != null) {
			record(group, type, Headers.text(event, CloudEventHeaders.TIME));
		}
	}

	static void record(String group, String type, String time) {
		if (time == null) {
			return;
		}
		try {
			Duration delay = Duration.between(Instant.parse(time), Instant.now());
			Timer.builder("lms.event.delay")
				.description("From the event's time until the group handled it")
				.tags("group", group, "type", type)
				.publishPercentileHistogram()
				.minimumExpectedValue(Duration.ofMillis(1))
				.maximumExpectedValue(Duration.ofMinutes(10))
				.register(Metrics.globalRegistry)
				.record(delay.isNegative() ? Duration.ZERO : delay);
		}
		catch (DateTimeParseException ex) {
			// an event without a readable time is handled all the same, just not timed
		}
	}

}
