package lms.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Helm chart rendered for development and for production, loaded into the fabric8
 * model (unknown fields fail), applied to a mock API server, and held to the same facts
 * as compose: probes, ports, images, variables, topics, replicas, policies.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesManifestsTest {

	static KubernetesClient client;

	static Stream<Rendered> renders() {
		return Rendered.developmentAndProduction();
	}

	@ParameterizedTest
	@MethodSource("renders")
	void everyManifestIsAStrictKubernetesObjectTheApiServerAccepts(Rendered rendered) {
		String namespace = rendered.name();
		for (HasMetadata object : rendered.objects()) {
			object.getMetadata().setNamespace(namespace);
			if (object instanceof GenericKubernetesResource custom) {
				assertThat(client.genericKubernetesResources(OperatorResources.of(custom))
					.inNamespace(namespace)
					.resource(custom)
					.create()).as(describe(object)).isNotNull();
			}
			else {
				assertThat(StrictModel.unknownFields(object)).as(describe(object)).isEmpty();
				assertThat(client.resource(object).inNamespace(namespace).create()).as(describe(object)).isNotNull();
			}
		}
		assertThat(client.apps().deployments().inNamespace(namespace).list().getItems()).hasSize(5);
		assertThat(client.genericKubernetesResources(OperatorResources.KAFKA_TOPIC)
			.inNamespace(namespace)
			.list()
			.getItems()).hasSize(TopicDeclarations.declared().size());
	}

	@ParameterizedTest
	@MethodSource("renders")
	void probesAskActuatorOnTheManagementPort(Rendered rendered) {
		for (Service service : Service.values()) {
			Container container = rendered.container(service);
			assertThat(container.getPorts()).anySatisfy((port) -> {
				assertThat(port.getName()).isEqualTo("management");
				assertThat(port.getContainerPort()).isEqualTo(service.managementPort());
			});
			assertThat(path(container.getStartupProbe())).isEqualTo("/actuator/health/liveness");
			assertThat(path(container.getLivenessProbe())).isEqualTo("/actuator/health/liveness");
			assertThat(path(container.getReadinessProbe())).isEqualTo("/actuator/health/readiness");
			Stream.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())
				.forEach((probe) -> assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management"));
		}
	}

	@ParameterizedTest
	@MethodSource("renders")
	void imagesPortsAndMemoryAgreeWithCompose(Rendered rendered) {
		ComposeFile compose = ComposeFile.read();
		for (Service service : Service.values()) {
			Container container = rendered.container(service);
			Map<String, Object> composed = compose.service(service.module());
			String composeImage = String.valueOf(composed.get("image"));
			assertThat(container.getImage())
				.isEqualTo(composeImage.substring(0, composeImage.indexOf(':')) + ":" + Chart.TAG);
			assertThat(container.getPorts()).anySatisfy((port) -> {
				assertThat(port.getName()).isEqualTo("http");
				assertThat(port.getContainerPort())
					.isEqualTo(Integer.parseInt(String.valueOf(ComposeFile.environment(composed).get("SERVER_PORT"))));
			});
			assertThat(container.getResources().getLimits().get("memory").toString())
				.isEqualTo(String.valueOf(composed.get("mem_limit")).replace("m", "Mi").replace("g", "Gi"));
			assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
			assertThat(Rendered.env(container).get("JDK_JAVA_OPTIONS"))
				.isEqualTo(ComposeFile.environment(composed).get("JDK_JAVA_OPTIONS"));
		}
	}

	@ParameterizedTest
	@MethodSource("renders")
	void everyVariableAndSecretFileOfAServiceBindsToAPropertyItReads(Rendered rendered) {
		ConfigMap common = rendered.only(ConfigMap.class);
		for (Service service : Service.values()) {
			ConfigurationKeys keys = ConfigurationKeys.of(service);
			Set<String> variables = new TreeSet<>(Rendered.env(rendered.container(service)).keySet());
			variables.addAll(common.getData().keySet());
			assertThat(variables).as(service.module())
				.allSatisfy((variable) -> assertThat(keys.bindsVariable(variable)).as(variable).isTrue());
			List<KeyToPath> secretFiles = rendered.secretFiles(service);
			assertThat(secretFiles).as(service.module())
				.isNotEmpty()
				.allSatisfy((file) -> assertThat(keys.bindsProperty(file.getPath())).as(file.getPath()).isTrue());
		}
	}

	@ParameterizedTest
	@MethodSource("renders")
	void theTopicsAreExactlyThoseTheServicesDeclare(Rendered rendered) {
		Map<String, NewTopic> declared = TopicDeclarations.declared();
		Map<String, List<Object>> topics = new TreeMap<>();
		rendered.custom("KafkaTopic").forEach((topic) -> {
			Map<?, ?> spec = (Map<?, ?>) topic.getAdditionalProperties().get("spec");
			Map<?, ?> config = (Map<?, ?>) spec.get("config");
			topics.put(String.valueOf(spec.get("topicName")),
					List.of(spec.get("partitions"), Long.parseLong(String.valueOf(config.get("retention.ms")))));
		});

		Map<String, List<Object>> expected = new TreeMap<>();
		declared.forEach((name, topic) -> expected.put(name,
				List.of(topic.numPartitions(), TopicDeclarations.retentionMs(topic))));
		assertThat(topics).as("the catalog's topics and the dead-letter topic of every shared group")
			.isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("renders")
	void noConsumerGroupCanScaleBeyondItsTopicsPartitions(Rendered rendered) {
		Map<String, NewTopic> topics = TopicDeclarations.declared();
		for (Service service : Service.values()) {
			int maxReplicas = rendered.maxReplicas(service);
			ConsumerGroups.of(service)
				.forEach((group,
						read) -> read.forEach((topic) -> assertThat(maxReplicas)
							.as(group + " on " + topic + " (" + rendered.name() + ")")
							.isLessThanOrEqualTo(topics.get(topic).numPartitions())));
		}
	}

	@ParameterizedTest
	@MethodSource("renders")
	void onlyTheIngressReachesTheGatewayAndOnlyTheServicesReachTheServices(Rendered rendered) {
		List<NetworkPolicy> policies = rendered.all(NetworkPolicy.class);
		assertThat(policies).anySatisfy((deny) -> {
			assertThat(deny.getSpec().getPolicyTypes()).containsExactly("Ingress");
			assertThat(deny.getSpec().getIngress()).isEmpty();
		});
		for (Service service : Service.values()) {
			NetworkPolicy policy = policies.stream()
				.filter((candidate) -> candidate.getMetadata().getName().equals(service.module()))
				.findFirst()
				.orElseThrow();
			NetworkPolicyIngressRule publicPort = rule(policy, service.port());
			NetworkPolicyIngressRule managementPort = rule(policy, service.managementPort());
			if (service == Service.GATEWAY) {
				assertThat(publicPort.getFrom()).singleElement()
					.satisfies((peer) -> assertThat(peer.getNamespaceSelector().getMatchLabels())
						.containsEntry("kubernetes.io/metadata.name", "ingress-nginx"));
			}
			else {
				assertThat(publicPort.getFrom()).singleElement()
					.satisfies((peer) -> assertThat(peer.getPodSelector().getMatchLabels())
						.containsEntry("app.kubernetes.io/part-of", "lms"));
			}
			assertThat(managementPort.getFrom()).singleElement()
				.satisfies((peer) -> assertThat(peer.getNamespaceSelector().getMatchLabels())
					.containsEntry("kubernetes.io/metadata.name", "monitoring"));
		}
		Ingress ingress = rendered.only(Ingress.class);
		assertThat(ingress.getSpec().getTls()).singleElement()
			.satisfies((tls) -> assertThat(tls.getSecretName()).isNotBlank());
		assertThat(ingress.getSpec().getRules()).singleElement()
			.satisfies((rule) -> assertThat(rule.getHttp().getPaths()).singleElement()
				.satisfies((path) -> assertThat(path.getBackend().getService().getName()).isEqualTo("gateway")));
	}

	@ParameterizedTest
	@MethodSource("renders")
	void everyServiceKeepsPodsThroughDisruptionsAndProductionAutoscalesTheGatewayAndCourseService(Rendered rendered) {
		assertThat(rendered.all(PodDisruptionBudget.class)).extracting((pdb) -> pdb.getMetadata().getName())
			.containsExactlyInAnyOrder(Stream.of(Service.values()).map(Service::module).toArray(String[]::new));
		List<String> autoscaled = rendered.all(HorizontalPodAutoscaler.class)
			.stream()
			.map((hpa) -> hpa.getSpec().getScaleTargetRef().getName())
			.toList();
		if (rendered.name().equals("production")) {
			assertThat(autoscaled).containsExactlyInAnyOrder("gateway", "course-service");
			assertThat(rendered.custom("Kafka")).hasSize(1);
			assertThat(rendered.custom("MongoDBCommunity")).hasSize(1);
			assertThat(rendered.custom("Redis")).hasSize(1);
		}
		else {
			assertThat(autoscaled).isEmpty();
		}
		for (Service service : Service.values()) {
			assertThat(
					rendered.deployment(service).getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
				.isGreaterThanOrEqualTo(15L);
		}
	}

	private static NetworkPolicyIngressRule rule(NetworkPolicy policy, int port) {
		return policy.getSpec()
			.getIngress()
			.stream()
			.filter((rule) -> rule.getPorts().stream().anyMatch((allowed) -> allowed.getPort().getIntVal() == port))
			.findFirst()
			.orElseThrow(() -> new AssertionError(policy.getMetadata().getName() + " does not open port " + port));
	}

	private static String path(Probe probe) {
		return probe.getHttpGet().getPath();
	}

	private static String describe(HasMetadata object) {
		return object.getKind() + " " + object.getMetadata().getName();
	}

}
