package lms.notification.mail;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;

import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

/**
 * {@code lms.mail.retrying}: mails waiting for their next attempt after a failure that
 * may pass (SMTP away or refusing for now). Each is the head of a partition paused for
 * its back-off; the mails behind it wait too and show as the group's consumer lag.
 */
@Component
class MailRetrying {

	private final List<MessageListenerContainer> containers = new CopyOnWriteArrayList<>();

	MailRetrying(MeterRegistry registry) {
		Gauge.builder("lms.mail.retrying", this, MailRetrying::count)
			.description("Mails waiting for another attempt after a transient failure")
			.register(registry);
	}

	void watch(MessageListenerContainer container) {
		this.containers.add(container);
	}

	private double count() {
		return this.containers.stream()
			.flatMap((container) -> (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent)
					? concurrent.getContainers().stream() : Stream.of(container))
			.mapToLong((container) -> pausedPartitions(container))
			.sum();
	}

	private static long pausedPartitions(MessageListenerContainer container) {
		Collection<TopicPartition> assigned = container.getAssignedPartitions();
		return (assigned != null) ? assigned.stream().filter(container::isPartitionPauseRequested).count() : 0;
	}

}
