package lms.localstack;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import lms.testkit.FreePorts;

/**
 * The ports of every part of the stack, all bound to 127.0.0.1.
 *
 * @param kafka the Kafka broker's client port
 * @param kafkaController the Kafka controller's port (KRaft)
 * @param mongo the MongoDB stand-in's port
 * @param redis the Redis port
 * @param smtp the SMTP port
 * @param services the HTTP port of each service
 * @param management the management (Actuator) port of each service
 * @param notificationSocketIo notification-service's Socket.IO endpoint
 */
public record Ports(int kafka, int kafkaController, int mongo, int redis, int smtp, Map<LmsService, Integer> services,
		Map<LmsService, Integer> management, int notificationSocketIo) {

	public Ports {
		EnumMap<LmsService, Integer> complete = new EnumMap<>(LmsService.class);
		EnumMap<LmsService, Integer> managementPorts = new EnumMap<>(LmsService.class);
		for (LmsService service : LmsService.values()) {
			complete.put(service, services.getOrDefault(service, service.defaultPort()));
			managementPorts.put(service, management.getOrDefault(service, service.defaultManagementPort()));
		}
		services = Map.copyOf(complete);
		management = Map.copyOf(managementPorts);
	}

	/**
	 * Kafka 9092 (controller 9093), MongoDB 27017, Redis 6379, SMTP 3025, services
	 * 8080-8084, their management ports 9080-9084, notification-service's Socket.IO 8093.
	 */
	public static Ports defaults() {
		return new Ports(9092, 9093, 27017, 6379, 3025, Map.of(), Map.of(), 8093);
	}

	/**
	 * Free ports chosen now, so that several stacks (or a stack beside other programs)
	 * can run at once. All below the kernel's ephemeral range: each part binds its port
	 * seconds after the pick, and meanwhile any process's outgoing connection or port-0
	 * server (the module tests beside the system tests) could take an ephemeral one.
	 */
	public static Ports randomFree() {
		Ports ports = new Ports(FreePorts.pickBelowEphemeral(), FreePorts.pickBelowEphemeral(),
				FreePorts.pickBelowEphemeral(), FreePorts.pickBelowEphemeral(), FreePorts.pickBelowEphemeral(),
				Map.of(), Map.of(), FreePorts.pickBelowEphemeral());
		for (LmsService service : LmsService.values()) {
			ports = ports.withService(service, FreePorts.pickBelowEphemeral())
				.withManagement(service, FreePorts.pickBelowEphemeral());
		}
		return ports;
	}

	public int service(LmsService service) {
		return this.services.get(service);
	}

	public int management(LmsService service) {
		return this.management.get(service);
	}

	/**
	 * The broker port; the controller takes the next one.
	 */
	public Ports withKafka(int port) {
		return new Ports(port, port + 1, this.mongo, this.redis, this.smtp, this.services, this.management,
				this.notificationSocketIo);
	}

	public Ports withMongo(int port) {
		return new Ports(this.kafka, this.kafkaController, port, this.redis, this.smtp, this.services, this.management,
				this.notificationSocketIo);
	}

	public Ports withRedis(int port) {
		return new Ports(this.kafka, this.kafkaController, this.mongo, port, this.smtp, this.services, this.management,
				this.notificationSocketIo);
	}

	public Ports withSmtp(int port) {
		return new Ports(this.kafka, this.kafkaController, this.mongo, this.redis, port, this.services, this.management,
				this.notificationSocketIo);
	}

	public Ports withService(LmsService service, int port) {
		EnumMap<LmsService, Integer> changed = new EnumMap<>(this.services);
		changed.put(service, port);
		return new Ports(this.kafka, this.kafkaController, this.mongo, this.redis, this.smtp, changed, this.management,
				this.notificationSocketIo);
	}

	public Ports withManagement(LmsService service, int port) {
		EnumMap<LmsService, Integer> changed = new EnumMap<>(this.management);
		changed.put(service, port);
		return new Ports(this.kafka, this.kafkaController, this.mongo, this.redis, this.smtp, this.services, changed,
				this.notificationSocketIo);
	}

	public Ports withNotificationSocketIo(int port) {
		return new Ports(this.kafka, this.kafkaController, this.mongo, this.redis, this.smtp, this.services,
				this.management, port);
	}

	List<Integer> infrastructure() {
		return List.of(this.kafka, this.kafkaController, this.mongo, this.redis, this.smtp);
	}

}
