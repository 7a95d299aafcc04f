package lms.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards' Socket.IO endpoint lives on a port of notification-service's own, which
 * the gateway routes {@code /socket.io/**} to: both topologies give the gateway that
 * address, and the chart opens the port to the services' pods.
 */
class SocketIoRouteTest {

	private static final String URL_VARIABLE = "LMS_SERVICES_NOTIFICATION_SOCKETIOURL";

	private static final String PORT_VARIABLE = "LMS_NOTIFICATION_SOCKETIO_PORT";

	/** The port notification-service's own configuration names. */
	private final int port = Integer
		.parseInt(String.valueOf(Yaml.flatten(ServiceJar.of(Service.NOTIFICATION).resource("application.yml"))
			.get("lms.notification.socket-io.port")));

	@Test
	void composeGivesTheGatewayNotificationServicesSocketIoPort() {
		ComposeFile compose = ComposeFile.read();

		assertThat(ComposeFile.environment(compose.service(Service.GATEWAY.module()))).containsEntry(URL_VARIABLE,
				"http://notification-service:" + this.port);
		assertThat(ComposeFile.environment(compose.service(Service.NOTIFICATION.module()))).containsEntry(PORT_VARIABLE,
				String.valueOf(this.port));
	}

	@ParameterizedTest
	@MethodSource("lms.deploy.Rendered#developmentAndProduction")
	void theChartGivesTheGatewayTheSocketIoPortWhichNotificationServiceOpensToTheServices(Rendered rendered) {
		Container notification = rendered.container(Service.NOTIFICATION);

		assertThat(Rendered.env(rendered.container(Service.GATEWAY))).containsEntry(URL_VARIABLE,
				"http://notification-service:" + this.port);
		assertThat(Rendered.env(notification)).containsEntry(PORT_VARIABLE, String.valueOf(this.port));
		assertThat(notification.getPorts())
			.anySatisfy((open) -> assertThat(open.getContainerPort()).isEqualTo(this.port));
		assertThat(rendered.all(io.fabric8.kubernetes.api.model.Service.class))
			.filteredOn((service) -> service.getMetadata().getName().equals(Service.NOTIFICATION.module()))
			.singleElement()
			.satisfies((service) -> assertThat(service.getSpec().getPorts())
				.anySatisfy((open) -> assertThat(open.getPort()).isEqualTo(this.port)));
		NetworkPolicy policy = rendered.all(NetworkPolicy.class)
			.stream()
			.filter((candidate) -> candidate.getMetadata().getName().equals(Service.NOTIFICATION.module()))
			.findFirst()
			.orElseThrow();
		assertThat(policy.getSpec().getIngress())
			.filteredOn((rule) -> rule.getPorts().stream().anyMatch((open) -> open.getPort().getIntVal() == this.port))
			.singleElement()
			.satisfies((rule) -> assertThat(rule.getFrom()).singleElement()
				.satisfies((peer) -> assertThat(peer.getPodSelector().getMatchLabels())
					.containsEntry("app.kubernetes.io/part-of", "lms")));
	}

}
