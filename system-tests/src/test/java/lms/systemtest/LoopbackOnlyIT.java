package lms.systemtest;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import lms.localstack.ListeningSockets;
import lms.localstack.LmsService;
import lms.localstack.LocalStack;
import lms.localstack.Ports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * In the local run nothing listens beyond 127.0.0.1 (issue 15 §3), as the kernel sees it
 * rather than as the arguments say: every service and management port, Kafka and Redis,
 * and the MongoDB stand-in and SMTP in the stack's own JVM.
 */
@ResourceLock(Lanes.JOURNEYS)
class LoopbackOnlyIT {

	@Test
	void everyPortOfTheLocalRunListensOnLoopbackOnly() {
		assumeTrue(ListeningSockets.readable(), "reads Linux's /proc/net/tcp");
		LocalStack stack = RunningSystem.stack();
		Ports ports = stack.options().ports();
		Map<String, Long> processes = stack.processIds();
		assertThat(processes).containsKeys("kafka", "redis");
		processes.forEach((name, pid) -> assertThat(ListeningSockets.of(pid)).as(name)
			.isNotEmpty()
			.allMatch((address) -> address.getAddress().isLoopbackAddress()));
		for (LmsService service : LmsService.values()) {
			assertThat(processes).containsKey(service.moduleName());
			assertThat(ports(ListeningSockets.of(processes.get(service.moduleName())))).as(service.moduleName())
				.contains(ports.service(service), ports.management(service));
		}
		assertThat(ports(ListeningSockets.of(processes.get(LmsService.NOTIFICATION.moduleName()))))
			.as("notification-service's Socket.IO endpoint")
			.contains(ports.notificationSocketIo());
		List<InetSocketAddress> inThisJvm = ListeningSockets.of(ProcessHandle.current().pid())
			.stream()
			.filter((address) -> address.getPort() == ports.mongo() || address.getPort() == stack.smtpPort())
			.toList();
		assertThat(ports(inThisJvm)).containsExactlyInAnyOrder(ports.mongo(), stack.smtpPort());
		assertThat(inThisJvm).allMatch((address) -> address.getAddress().isLoopbackAddress());
	}

	private static List<Integer> ports(List<InetSocketAddress> addresses) {
		return addresses.stream().map(InetSocketAddress::getPort).toList();
	}

}
