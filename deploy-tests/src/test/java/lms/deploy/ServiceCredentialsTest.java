package lms.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service credentials of both topologies: each service gets a secret file of its own
 * as {@code lms.security.service-client.secret}, and identity-service holds the very same
 * file as {@code lms.identity.service-clients.<client id>.secret} for the client id the
 * service presents, so every service obtains its token and no one else's. No secret sits
 * in clear in compose, the chart, its values or the {@code .env} prepare writes.
 */
class ServiceCredentialsTest {

	private static final String OWN_SECRET = "lms.security.service-client.secret";

	private static final Pattern SENSITIVE = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|_KEY|CREDENTIAL)(_.*)?",
			Pattern.CASE_INSENSITIVE);

	static Stream<Rendered> renders() {
		return Rendered.developmentAndProduction();
	}

	@Test
	void composeGivesIdentityEachServicesOwnSecretUnderItsClientId() {
		ComposeFile compose = ComposeFile.read();
		Map<Service, Map<String, String>> files = new TreeMap<>();
		for (Service service : Service.values()) {
			Map<String, String> sourceByProperty = new TreeMap<>();
			ComposeFile.list(compose.service(service.module()), "secrets").forEach((secret) -> {
				Map<?, ?> mount = (Map<?, ?>) secret;
				sourceByProperty.put(String.valueOf(mount.get("target")).substring("lms/".length()),
						String.valueOf(mount.get("source")));
			});
			files.put(service, sourceByProperty);
		}
		assertCredentialsMatch(files);
	}

	@ParameterizedTest
	@MethodSource("renders")
	void theChartGivesIdentityEachServicesOwnSecretUnderItsClientId(Rendered rendered) {
		Map<Service, Map<String, String>> files = new TreeMap<>();
		for (Service service : Service.values()) {
			Map<String, String> keyByPath = new TreeMap<>();
			rendered.secretFiles(service).forEach((item) -> keyByPath.put(item.getPath(), item.getKey()));
			files.put(service, keyByPath);
		}
		assertCredentialsMatch(files);
	}

	@ParameterizedTest
	@MethodSource("renders")
	void theChartCarriesNoSecretInClear(Rendered rendered) {
		for (Service service : Service.values()) {
			Container container = rendered.container(service);
			container.getEnv()
				.stream()
				.filter((variable) -> SENSITIVE.matcher(variable.getName()).matches())
				.forEach((variable) -> assertThat(variable.getValue()).as(service.module() + " " + variable.getName())
					.isNull());
		}
		ConfigMap common = rendered.only(ConfigMap.class);
		assertThat(common.getData().keySet()).noneMatch((name) -> SENSITIVE.matcher(name).matches());
		assertThat(rendered.all(Secret.class)).as("Secrets come from the operator's lms-secrets, never the chart")
			.isEmpty();
	}

	@Test
	void theChartsValuesAndTheEnvFilePrepareWritesHoldNoSecret() throws IOException {
		Map<String, Object> values = new TreeMap<>();
		for (String file : new String[] { "values.yaml", "values-production.yaml" }) {
			values.putAll(Yaml.flatten(Files.readAllBytes(Repository.file("deploy/helm/lms/" + file))));
		}
		values.forEach((key, value) -> {
			String leaf = key.substring(key.lastIndexOf('.') + 1);
			if (SENSITIVE.matcher(leaf).matches()) {
				assertThat(String.valueOf(value)).as(key + " names a Secret, it is none").matches("[a-z0-9-]+");
			}
		});
		String prepare = Files.readString(Repository.file("deploy/compose/prepare"));
		String envDefaults = prepare.substring(prepare.indexOf("<<'DEFAULTS'"), prepare.lastIndexOf("DEFAULTS"));
		assertThat(envDefaults.lines().filter((line) -> line.matches("#?[A-Z0-9_]+=.*"))).isNotEmpty()
			.noneMatch((line) -> SENSITIVE.matcher(line.substring(0, line.indexOf('='))).matches());
	}

	/**
	 * @param files per service, the secret file (compose source or Secret key) mounted
	 * under each property name
	 */
	private static void assertCredentialsMatch(Map<Service, Map<String, String>> files) {
		Map<String, String> identityKnows = new TreeMap<>();
		files.get(Service.IDENTITY).forEach((property, file) -> {
			if (property.startsWith("lms.identity.service-clients.")) {
				assertThat(property).endsWith(".secret");
				identityKnows.put(property.substring("lms.identity.service-clients.".length(),
						property.length() - ".secret".length()), file);
			}
		});
		Set<String> ownFiles = new TreeSet<>();
		Map<String, String> callers = new TreeMap<>();
		for (Service service : Service.values()) {
			String own = files.get(service).get(OWN_SECRET);
			assertThat(own).as(service.module() + " has a " + OWN_SECRET + " file").isNotBlank();
			assertThat(ownFiles.add(own)).as(service.module() + " shares its secret file " + own).isTrue();
			if (service != Service.IDENTITY) {
				// identity mints its own service tokens in process and knows no secret
				// for itself
				callers.put(clientId(service), own);
			}
		}
		assertThat(identityKnows).isEqualTo(callers);
		assertThat(identityClients()).containsAll(callers.keySet());
	}

	/**
	 * The client id a service presents: {@code lms.security.service-client.id} in its
	 * jar.
	 */
	private static String clientId(Service service) {
		Object id = Yaml.flatten(ServiceJar.of(service).resource("application.yml"))
			.get("lms.security.service-client.id");
		assertThat(id).as(service.module() + " client id").isNotNull();
		return String.valueOf(id);
	}

	/** The clients identity-service grants scopes to (its application.yml). */
	private static Set<String> identityClients() {
		Set<String> clients = new TreeSet<>();
		Yaml.flatten(ServiceJar.of(Service.IDENTITY).resource("application.yml")).keySet().forEach((key) -> {
			String prefix = "lms.identity.service-clients.";
			if (key.startsWith(prefix)) {
				clients.add(key.substring(prefix.length()).split("\\.")[0]);
			}
		});
		return clients;
	}

}
