package lms.kit.health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import lms.kit.kafka.KafkaConnection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Readiness of the Kafka connection for every service, including those whose producers
 * bind lazily (the outbox relay's first send): the broker must answer a cluster
 * description.
 */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

	private final Admin admin;

	private final Duration timeout;

	public KafkaHealthIndicator(KafkaConnection connection, Duration timeout) {
		super("Kafka is not reachable");
		this.timeout = timeout;
		this.admin = Admin.create(connection.with(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
				(int) timeout.toMillis(), AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis())));
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) throws Exception {
		var cluster = this.admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) this.timeout.toMillis()));
		String clusterId = cluster.clusterId().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS);
		int nodes = cluster.nodes().get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).size();
		builder.up().withDetail("clusterId", clusterId).withDetail("nodes", nodes);
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(1));
	}

}
