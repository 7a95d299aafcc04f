package lms.notification.mail;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.listener.BackOffHandler;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DefaultBackOffHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.BackOff;

/**
 * Waits out a failed record's back-off by pausing only its partition. Spring Kafka's
 * {@code ContainerPausingBackOffHandler} is told the container, not the partition, of a
 * failed record and pauses the whole consumer: one mail that kept failing then held back
 * every partition its consumer reads, and with several partitions failing at once the one
 * read first in each poll was retried while the others were not tried at all. The mails
 * of other partitions read in the same poll as the failed one are read again by the next
 * fetch while its partition is still paused, as long as the first wait (1 s) outlasts the
 * consumer's fetch wait ({@code fetch.max.wait.ms}, 500 ms).
 */
final class PartitionPausingErrorHandler extends DefaultErrorHandler {

	private final FailingPartition failing;

	private PartitionPausingErrorHandler(ConsumerRecordRecoverer recoverer, BackOff backOff, FailingPartition failing) {
		super(recoverer, backOff, failing);
		this.failing = failing;
	}

	static PartitionPausingErrorHandler create(ConsumerRecordRecoverer recoverer, BackOff backOff,
			ListenerContainerPauseService pauses) {
		return new PartitionPausingErrorHandler(recoverer, backOff, new FailingPartition(pauses));
	}

	@Override
	public void handleRemaining(Exception thrownException, List<ConsumerRecord<?, ?>> records, Consumer<?, ?> consumer,
			MessageListenerContainer container) {
		if (!records.isEmpty()) {
			ConsumerRecord<?, ?> failed = records.get(0);
			this.failing.current.set(new TopicPartition(failed.topic(), failed.partition()));
		}
		try {
			super.handleRemaining(thrownException, records, consumer, container);
		}
		finally {
			this.failing.current.remove();
		}
	}

	/** The back-off of the record being handled, on the consumer's thread. */
	private static final class FailingPartition implements BackOffHandler {

		private final ThreadLocal<TopicPartition> current = new ThreadLocal<>();

		private final BackOffHandler sleeping = new DefaultBackOffHandler();

		private final ListenerContainerPauseService pauses;

		private FailingPartition(ListenerContainerPauseService pauses) {
			this.pauses = pauses;
		}

		@Override
		public void onNextBackOff(@Nullable MessageListenerContainer container, @Nullable Exception exception,
				long nextBackOff) {
			TopicPartition partition = this.current.get();
			if (container == null || partition == null) {
				this.sleeping.onNextBackOff(container, exception, nextBackOff);
				return;
			}
			this.pauses.pausePartition(container, partition, Duration.ofMillis(nextBackOff));
		}

	}

}
