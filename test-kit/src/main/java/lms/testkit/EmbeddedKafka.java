package lms.testkit;

import java.util.Map;

import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real Kafka broker in KRaft mode (one combined broker and controller node) inside the
 * test JVM, built on spring-kafka-test's {@link EmbeddedKafkaKraftBroker}.
 * <p>
 * {@link #stop()} shuts the broker side down (clients get "connection refused") and
 * {@link #start()} brings it back on the <em>same port</em>. The controller and the log
 * directories stay, so records written before the outage survive it here; tests should
 * not rely on that, as a restarted broker with a new, empty log directory would be an
 * acceptable outage too. Topics are auto-created with one partition.
 */
public final class EmbeddedKafka implements AutoCloseable {

	private static final Map<String, String> BROKER_PROPERTIES = Map.ofEntries(
			Map.entry("auto.create.topics.enable", "true"), Map.entry("num.partitions", "1"),
			Map.entry("offsets.topic.replication.factor", "1"), Map.entry("offsets.topic.num.partitions", "1"),
			Map.entry("transaction.state.log.replication.factor", "1"), Map.entry("transaction.state.log.min.isr", "1"),
			Map.entry("transaction.state.log.num.partitions", "1"), Map.entry("group.initial.rebalance.delay.ms", "0"),
			// outages look like crashes, not like a clean leave
			Map.entry("controlled.shutdown.enable", "false"),
			// a restarted broker waits for its old session to expire
			Map.entry("broker.heartbeat.interval.ms", "500"), Map.entry("broker.session.timeout.ms", "5000"));

	private static final JvmShared<EmbeddedKafka> SHARED = new JvmShared<>("embedded-kafka", EmbeddedKafka::create);

	private final EmbeddedKafkaKraftBroker broker;

	private final String bootstrapServers;

	private EmbeddedKafka() {
		this.broker = new EmbeddedKafkaKraftBroker(1, 1);
		// the default would set spring.kafka.bootstrap-servers JVM-wide
		this.broker.brokerListProperty("lms.testkit.kafka.bootstrap-servers");
		this.broker.brokerProperties(BROKER_PROPERTIES);
		this.broker.afterPropertiesSet();
		this.bootstrapServers = this.broker.getBrokersAsString();
	}

	/**
	 * The broker shared by every test of this JVM, started on first use and stopped by a
	 * shutdown hook.
	 * @return the shared broker
	 */
	public static EmbeddedKafka shared() {
		return SHARED.get();
	}

	/**
	 * A started broker of the caller's own; the caller closes it.
	 * @return a new running broker
	 */
	public static EmbeddedKafka create() {
		return new EmbeddedKafka();
	}

	public String bootstrapServers() {
		return this.bootstrapServers;
	}

	public KafkaProbe probe() {
		return new KafkaProbe(this.bootstrapServers);
	}

	/**
	 * Simulates an outage: the broker stops listening, the controller keeps running.
	 * Kafka 4 clients that find no broker re-bootstrap and forget topic metadata, so a
	 * {@code send()} during the outage may block its caller for up to
	 * {@code max.block.ms} (60 s by default) before the record is even buffered.
	 */
	public synchronized void stop() {
		brokerServer().shutdown();
	}

	/**
	 * Ends an outage: the broker listens again on the same port and is ready for clients.
	 */
	public synchronized void start() {
		brokerServer().startup();
		try {
			cluster().waitForReadyBrokers();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Kafka broker did not become ready", ex);
		}
	}

	@Override
	public synchronized void close() {
		this.broker.destroy();
	}

	private BrokerServer brokerServer() {
		return cluster().brokers().values().iterator().next();
	}

	private KafkaClusterTestKit cluster() {
		return this.broker.getCluster();
	}

}
