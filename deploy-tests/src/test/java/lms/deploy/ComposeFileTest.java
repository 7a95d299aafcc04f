package lms.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml read as Compose reads it, against the services' built jars: what it
 * publishes, waits for, sets, limits and mounts.
 */
class ComposeFileTest {

	private static final Pattern MEMORY = Pattern.compile("(\\d+)([kmg])", Pattern.CASE_INSENSITIVE);

	private final ComposeFile compose = ComposeFile.read();

	@Test
	void onlyTheProxyPublishesAPortBeyondLoopback() {
		Map<String, List<String>> published = new TreeMap<>();
		this.compose.services().forEach((name, service) -> ComposeFile.list(service, "ports").forEach((port) -> {
			String binding = ComposeFile.withDefaults(port);
			if (!binding.startsWith("127.0.0.1:")) {
				published.computeIfAbsent(name, (key) -> new ArrayList<>()).add(binding);
			}
		}));

		assertThat(published).containsOnlyKeys("proxy");
		assertThat(published.get("proxy")).containsExactlyInAnyOrder("443:443", "80:80");
	}

	@Test
	void everyDependencyHasAHealthcheckAndIsAwaitedHealthy() {
		this.compose.services()
			.forEach((name, service) -> ComposeFile.map(service, "depends_on").forEach((target, how) -> {
				assertThat(this.compose.service(target)).as(name + " depends on " + target).containsKey("healthcheck");
				assertThat(String.valueOf(how)).as(name + " waits for " + target).contains("service_healthy");
			}));
	}

	@Test
	void everyVariableAndSecretFileOfAServiceBindsToAPropertyItReads() {
		for (Service service : Service.values()) {
			ConfigurationKeys keys = ConfigurationKeys.of(service);
			Map<String, Object> container = this.compose.service(service.module());
			assertThat(ComposeFile.environment(container).keySet()).as(service.module() + " environment")
				.allSatisfy((variable) -> assertThat(keys.bindsVariable(variable)).as(variable).isTrue());
			assertThat(secretProperties(container)).as(service.module() + " secret files")
				.isNotEmpty()
				.allSatisfy((property) -> assertThat(keys.bindsProperty(property)).as(property).isTrue());
		}
	}

	@Test
	void noPasswordOrSecretHasADefaultValue() {
		Pattern sensitive = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|_KEY)(_.*)?");
		this.compose.services()
			.forEach((name, service) -> ComposeFile.environment(service).forEach((variable, value) -> {
				if (variable.endsWith("_FILE")) {
					assertThat(String.valueOf(value)).as(name + " " + variable).startsWith("/run/secrets/");
				}
				else if (sensitive.matcher(variable).matches()) {
					assertThat(String.valueOf(value)).as(name + " " + variable)
						.matches("\\$\\{[A-Z0-9_]+(:\\?[^}]*)?}");
				}
			}));
		assertThat(this.compose.text()).doesNotContainIgnoringCase(":-admin}").doesNotContain("PASSWORD: admin");
		assertThat(this.compose.service("grafana").toString()).contains("GF_SECURITY_ADMIN_PASSWORD__FILE");
	}

	@Test
	void everyContainerHasAMemoryLimitRotatedLogsAndAPullPolicy() {
		this.compose.services().forEach((name, service) -> {
			assertThat(service).as(name).containsKeys("mem_limit", "logging", "pull_policy", "restart");
			assertThat(ComposeFile.map(service, "logging").toString()).as(name).contains("max-size", "max-file");
		});
	}

	@Test
	void theServicesJvmFitsItsMemoryLimitAndStopsBeforeDockerKillsIt() {
		for (Service service : Service.values()) {
			Map<String, Object> container = this.compose.service(service.module());
			String options = String.valueOf(ComposeFile.environment(container).get("JDK_JAVA_OPTIONS"));
			long capped = 0;
			for (String area : List.of("-Xmx", "-XX:MaxMetaspaceSize=", "-XX:ReservedCodeCacheSize=",
					"-XX:MaxDirectMemorySize=")) {
				assertThat(options).as(service.module()).contains(area);
				capped += megabytes(options.substring(options.indexOf(area) + area.length()).split(" ")[0]);
			}
			// threads (512 KiB stacks), GC structures, the CDS mapping and malloc arenas
			long native_ = 96;
			assertThat(capped + native_).as(service.module() + " heap + native areas")
				.isLessThanOrEqualTo(megabytes(String.valueOf(container.get("mem_limit"))));
			assertThat(options).contains("-XX:+ExitOnOutOfMemoryError");
			// an idle service gives its heap back (idle RSS of media-service 373 → 310
			// MiB); the gateway keeps a young generation its request rate needs
			assertThat(options).as(service.module())
				.contains((service == Service.GATEWAY) ? "-Xms80m -Xmn64m" : "-Xms16m", "-XX:MaxHeapFreeRatio=30");
			assertThat(String.valueOf(container.get("stop_grace_period"))).as(service.module()).isEqualTo("20s");
		}
	}

	@Test
	void theBenchmarksRunTheServicesWithTheContainersJvmOptions() throws IOException {
		String bench = Files.readString(Repository.file("bench/lib/service-jvm-options.sh"));
		Matcher shared = Pattern.compile("SERVICE_JVM_OPTIONS=\\$\\{SERVICE_JVM_OPTIONS:-([^}]+)}").matcher(bench);
		Matcher gateway = Pattern.compile("GATEWAY_HEAP_OPTIONS=\"([^\"]+)\"").matcher(bench);
		assertThat(shared.find()).as("the shared options in " + bench).isTrue();
		assertThat(gateway.find()).as("the gateway's heap options in " + bench).isTrue();

		// identity's heap, the largest, for every service of the benchmark
		assertThat(words(options("identity-service"))).isEqualTo(words(shared.group(1)));
		assertThat(options("gateway")).contains(gateway.group(1));
	}

	private String options(String module) {
		return String.valueOf(ComposeFile.environment(this.compose.service(module)).get("JDK_JAVA_OPTIONS"));
	}

	private static Set<String> words(String options) {
		return Set.of(options.trim().split("\\s+"));
	}

	@Test
	void serviceImagesAreBuiltWithTheBuildsVersionAndTagAndNoImageFloats() {
		for (Service service : Service.values()) {
			Map<String, Object> container = this.compose.service(service.module());
			assertThat(String.valueOf(container.get("image")))
				.isEqualTo("lms/" + service.module() + ":${LMS_IMAGE_TAG:?run deploy/compose/prepare first}");
			assertThat(ComposeFile.map(container, "build").toString()).contains("MODULE=" + service.module(),
					"VERSION=${LMS_VERSION");
			assertThat(container.get("pull_policy")).isEqualTo("build");
		}
		this.compose.services()
			.forEach((name, service) -> assertThat(String.valueOf(service.get("image"))).as(name)
				.doesNotEndWith(":latest")
				.contains(":")
				.doesNotContain("SNAPSHOT"));
	}

	@Test
	void theImageRunsTheUnpackedJarWithAnAotCacheTrainedAtBuildAndTakesItsVersionFromTheBuild() throws IOException {
		String dockerfile = Files.readString(Repository.file("deploy/Dockerfile"));

		assertThat(dockerfile)
			.contains("-Djarmode=tools", "extract --layers", "-XX:AOTCacheOutput=/app/service.aot",
					"-Dspring.context.exit=onRefresh", "-XX:AOTCache=/app/service.aot", "ENV JDK_JAVA_OPTIONS=")
			.doesNotContain("JAVA_TOOL_OPTIONS")
			.doesNotContainPattern("ARG VERSION=")
			.doesNotContainPattern("\\d+\\.\\d+\\.\\d+-SNAPSHOT");
		// the training run has the image's GC and heap options: a cache made under
		// another GC is not used
		assertThat(dockerfile.indexOf("-XX:AOTCacheOutput="))
			.isGreaterThan(dockerfile.indexOf("ENV JDK_JAVA_OPTIONS="));
	}

	@Test
	void theImageTrainsAndRunsTheBeanDefinitionsTheBuildWorkedOut() throws IOException {
		String dockerfile = Files.readString(Repository.file("deploy/Dockerfile"));
		String training = dockerfile.lines()
			.filter((line) -> line.contains("-XX:AOTCacheOutput="))
			.findFirst()
			.orElseThrow();
		String entryPoint = dockerfile.lines()
			.filter((line) -> line.startsWith("ENTRYPOINT"))
			.findFirst()
			.orElseThrow();

		assertThat(training).contains("-Dspring.aot.enabled=true");
		assertThat(entryPoint).contains("\"-Dspring.aot.enabled=true\"");
		assertThat(Files.readString(Repository.file("pom.xml"))).contains("<goal>process-aot</goal>");
	}

	@Test
	void servicesListenOnTheirFixedPortsAndTheImageChecksHealthOnTheManagementPort() throws IOException {
		for (Service service : Service.values()) {
			Map<String, Object> environment = ComposeFile.environment(this.compose.service(service.module()));
			assertThat(environment.get("SERVER_PORT")).isEqualTo(String.valueOf(service.port()));
			assertThat(environment.get("MANAGEMENT_SERVER_PORT")).isEqualTo(String.valueOf(service.managementPort()));
			assertThat(this.compose.service(service.module()).get("healthcheck").toString())
				.contains("/app/healthcheck.sh");
		}
		assertThat(Files.readString(Repository.file("deploy/healthcheck.sh"))).contains("MANAGEMENT_SERVER_PORT",
				"/actuator/health/readiness");
	}

	@Test
	void prometheusFindsEveryReplicaByDnsAndScrapesItsManagementPort() throws IOException {
		Map<String, Object> prometheus = Yaml
			.flatten(Files.readAllBytes(Repository.file("deploy/prometheus/prometheus.yml")));
		Map<String, Object> discovered = new TreeMap<>();
		for (int i = 0; prometheus.containsKey("scrape_configs[0].dns_sd_configs[" + i + "].port"); i++) {
			String config = "scrape_configs[0].dns_sd_configs[" + i + "]";
			discovered.put(String.valueOf(prometheus.get(config + ".names[0]")), prometheus.get(config + ".port"));
			assertThat(prometheus.get(config + ".type")).isEqualTo("A");
		}

		Map<String, Object> expected = new TreeMap<>();
		for (Service service : Service.values()) {
			expected.put(service.module(), service.managementPort());
		}
		assertThat(discovered).isEqualTo(expected);
		assertThat(prometheus).containsEntry("scrape_configs[0].metrics_path", "/actuator/prometheus")
			.containsEntry("rule_files[0]", "/etc/prometheus/rules/*.yml");
	}

	@Test
	void theGatewaysSitBehindTheProxyAndTrustOnlyItsNetwork() {
		Map<String, Object> gateway = this.compose.service("gateway");
		Map<String, Object> proxy = this.compose.service("proxy");
		String edgeSubnet = ComposeFile
			.withDefaults(Yaml.flatten(this.compose.networks().get("edge")).get("ipam.config[0].subnet"));

		assertThat(gateway).doesNotContainKey("ports");
		assertThat(ComposeFile.list(proxy, "networks")).containsExactly("edge");
		assertThat(ComposeFile.list(gateway, "networks")).containsExactlyInAnyOrder("edge", "backend");
		this.compose.services()
			.forEach((name,
					service) -> assertThat(name.equals("proxy") || name.equals("gateway")
							|| !ComposeFile.list(service, "networks").contains("edge"))
						.as(name + " on the edge network")
						.isTrue());
		assertThat(ComposeFile
			.withDefaults(ComposeFile.environment(gateway).get("LMS_GATEWAY_CLIENTADDRESS_TRUSTEDPROXIES")))
			.isEqualTo(edgeSubnet)
			.isEqualTo("172.30.89.0/24");
	}

	@Test
	void everySecretFileIsMadeByPrepareAndNeverCommitted() throws IOException {
		Set<String> prepared = PreparedSecrets.names();
		String ignored = Files.readString(Repository.file(".gitignore"));
		assertThat(prepared).contains("service-client-media", "mongodb-course-password", "cloudinary-url");
		this.compose.secrets().forEach((name, secret) -> {
			String file = String.valueOf(secret.get("file"));
			assertThat(file).startsWith("./deploy/secrets/");
			assertThat(prepared).as("made by prepare").contains(file.substring("./deploy/secrets/".length()));
		});
		assertThat(ignored.lines()).contains(".env", "deploy/secrets/");
	}

	@Test
	void noConsumerGroupCanHaveMoreReplicasThanItsTopicsHavePartitions() throws java.io.IOException {
		Map<String, NewTopic> topics = TopicDeclarations.declared();
		for (Service service : Service.values()) {
			Map<String, Object> deploy = ComposeFile.map(this.compose.service(service.module()), "deploy");
			int replicas = Integer.parseInt(ComposeFile.withDefaults(deploy.getOrDefault("replicas", "1")));
			ConsumerGroups.of(service)
				.forEach((group, read) -> read.forEach((topic) -> assertThat(replicas).as(group + " on " + topic)
					.isLessThanOrEqualTo(topics.get(topic).numPartitions())));
		}
		assertThat(ComposeKafkaSecurityTest.brokerProperties()).containsEntry("auto.create.topics.enable", "false");
	}

	private static Set<String> secretProperties(Map<String, Object> container) {
		Set<String> properties = new java.util.TreeSet<>();
		for (Object secret : ComposeFile.list(container, "secrets")) {
			String target = String.valueOf(((Map<?, ?>) secret).get("target"));
			assertThat(target).startsWith("lms/");
			properties.add(target.substring("lms/".length()));
		}
		return properties;
	}

	private static long megabytes(String size) {
		Matcher matcher = MEMORY.matcher(size);
		assertThat(matcher.matches()).as(size).isTrue();
		long value = Long.parseLong(matcher.group(1));
		return switch (matcher.group(2).toLowerCase()) {
			case "k" -> value / 1024;
			case "g" -> value * 1024;
			default -> value;
		};
	}

}
