package lms.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboards' Socket.IO endpoint lives on a port of notification-service's own, which
 * the gateway routes {@code /socket.io/**} to: both topologies give the gateway that
 * address, and the chart opens the port to the services' pods. The WebSocket upgrade
 * reaches the gateway through either public entry point (Caddy and ingress-nginx both
 * proxy upgrades without configuration, as long as nothing strips the headers or cuts a
 * connection quieter than a Socket.IO ping).
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

	@Test
	void caddyHandsEveryPathWithItsUpgradeHeadersToTheGateways() throws IOException {
		String caddyfile = Files.readString(Repository.file("deploy/caddy/Caddyfile"));

		assertThat(caddyfile).containsOnlyOnce("reverse_proxy")
			.contains("name gateway", "port " + Service.GATEWAY.port())
			.doesNotContainPattern("(?i)header_up\\s+-?(Upgrade|Connection)")
			.doesNotContainPattern("(?m)^\\s*(handle|handle_path|route|respond|redir)\\b")
			.doesNotContainPattern("(?i)(path|handle_path)\\s+/socket\\.io");
	}

	@ParameterizedTest
	@MethodSource("lms.deploy.Rendered#developmentAndProduction")
	void theIngressSendsSocketIoToTheGatewayAndOutlastsItsPings(Rendered rendered) {
		Ingress ingress = rendered.only(Ingress.class);
		Map<String, String> annotations = ingress.getMetadata().getAnnotations();
		Map<String, Object> notification = Yaml
			.flatten(ServiceJar.of(Service.NOTIFICATION).resource("application.yml"));
		Duration quietest = duration(notification.getOrDefault("lms.notification.socket-io.ping-interval", "25s"))
			.plus(duration(notification.getOrDefault("lms.notification.socket-io.ping-timeout", "20s")));

		assertThat(ingress.getSpec().getRules()).singleElement()
			.satisfies((rule) -> assertThat(rule.getHttp().getPaths()).singleElement().satisfies((path) -> {
				assertThat(path.getPath()).isEqualTo("/");
				assertThat(path.getPathType()).isEqualTo("Prefix");
				assertThat(path.getBackend().getService().getName()).isEqualTo(Service.GATEWAY.module());
			}));
		for (String timeout : new String[] { "proxy-read-timeout", "proxy-send-timeout" }) {
			assertThat(Duration.ofSeconds(Long.parseLong(annotations.get("nginx.ingress.kubernetes.io/" + timeout))))
				.as(timeout)
				.isGreaterThan(quietest);
		}
		assertThat(annotations.keySet()).noneMatch((name) -> name.contains("configuration-snippet"));
	}

	private static Duration duration(Object value) {
		String text = String.valueOf(value);
		return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
	}

}
