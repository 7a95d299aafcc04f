package lms.kit.metrics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.metrics.*}: how often the gauges that ask MongoDB or Kafka are refreshed.
 *
 * @param refreshInterval between two measurements of the outbox backlog and consumer lag
 * @param kafkaTimeout how long a lag measurement waits for the broker
 */
@ConfigurationProperties("lms.metrics")
public record MetricsProperties(@DefaultValue("5s") Duration refreshInterval,
		@DefaultValue("3s") Duration kafkaTimeout) {
}
