package lms.kit.deadletter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * {@code lms.deadletters.waiting{group,topic}}: dead letters nobody has replayed or
 * discarded yet, per group and source topic, counted from the topics' offsets and the
 * ledger (no record is read). Unknown (NaN) until first counted; kept at its last value
 * while the broker does not answer.
 */
class DeadLetterGauge {

	static final String NAME = "lms.deadletters.waiting";

	private static final Logger log = LoggerFactory.getLogger(DeadLetterGauge.class);

	private final DeadLetterSources sources;

	private final DeadLetterInbox inbox;

	private final MeterRegistry registry;

	private final Map<DeadLetterSource, Count> counts = new ConcurrentHashMap<>();

	DeadLetterGauge(DeadLetterSources sources, DeadLetterInbox inbox, MeterRegistry registry) {
		this.sources = sources;
		this.inbox = inbox;
		this.registry = registry;
	}

	@Scheduled(fixedDelayString = "${lms.dead-letters.gauge-interval:30s}", initialDelayString = "2s")
	void refresh() {
		for (DeadLetterSource source : this.sources.all()) {
			Count count = this.counts.computeIfAbsent(source, this::register);
			try {
				count.value = this.inbox.waitingCount(source);
			}
			catch (RuntimeException ex) {
				log.debug("Could not count the dead letters of {}: {}", source.deadLetterTopic(), ex.getMessage());
			}
		}
	}

	private Count register(DeadLetterSource source) {
		Count count = new Count();
		Gauge.builder(NAME, count, (c) -> c.value)
			.tag("group", source.group())
			.tag("topic", source.topic())
			.description("Dead letters waiting for an operator to replay or discard them")
			.register(this.registry);
		return count;
	}

	private static final class Count {

		volatile double value = Double.NaN;

	}

}
