package lms.notification.mail;

import java.util.Map;
import java.util.function.BiFunction;

import lms.kit.deadletter.DeadLetterPublisher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;

import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerContainerPauseService;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Retries the {@code notification.mail} group in its listener containers rather than in
 * the binder, so an SMTP outage of any length delays mails without losing them: a failed
 * record's partition is paused for the back-off while the consumer keeps polling (no
 * rebalance, other partitions and groups unaffected), then the record is read again. Only
 * failures that may pass (SMTP unreachable or refusing for now, credentials, the
 * processed-ids store) are retried, without limit; anything else is a property of the
 * event and goes to its dead letter after one attempt.
 */
@Component
class MailRetry implements ListenerContainerWithDlqAndRetryCustomizer {

	static final Map<Class<? extends Throwable>, Boolean> TRANSIENT = Map.of(MailSendException.class, true,
			MailAuthenticationException.class, true, TransientDataAccessException.class, true,
			DataAccessResourceFailureException.class, true, UndeliverableMailException.class, false);

	private final MailRetryProperties properties;

	private final DeadLetterPublisher deadLetters;

	private final ListenerContainerPauseService pauses;

	private final MailRetrying retrying;

	MailRetry(MailRetryProperties properties, DeadLetterPublisher deadLetters, TaskScheduler scheduler,
			MailRetrying retrying) {
		this.properties = properties;
		this.deadLetters = deadLetters;
		this.retrying = retrying;
		this.pauses = new ListenerContainerPauseService(null, scheduler);
	}

	@Override
	public boolean retryAndDlqInBinding(String destinationName, String group) {
		return !MailConfiguration.GROUP.equals(group);
	}

	@Override
	public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
			@Nullable BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
			@Nullable BackOff backOff) {
		if (MailConfiguration.GROUP.equals(group)) {
			container.setCommonErrorHandler(errorHandler(group));
			// the dead letter then tells how often the mail was tried
			container.getContainerProperties().setDeliveryAttemptHeader(true);
			this.retrying.watch(container);
		}
	}

	DefaultErrorHandler errorHandler(String group) {
		DefaultErrorHandler handler = PartitionPausingErrorHandler.create(this.deadLetters.recoverer(group), backOff(),
				this.pauses);
		handler.setClassifications(TRANSIENT, false);
		handler.setLogLevel(KafkaException.Level.WARN);
		return handler;
	}

	private BackOff backOff() {
		ExponentialBackOff backOff = new ExponentialBackOff(this.properties.initialInterval().toMillis(),
				this.properties.multiplier());
		backOff.setMaxInterval(this.properties.maxInterval().toMillis());
		return backOff;
	}

}
