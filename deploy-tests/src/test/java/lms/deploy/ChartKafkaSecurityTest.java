package lms.deploy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KeyToPath;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Kubernetes, Strimzi's Kafka takes only SCRAM logins and allows each service's
 * KafkaUser exactly what the service's code does; each service mounts only its own user's
 * login, from the Secret Strimzi makes.
 */
class ChartKafkaSecurityTest {

	static Stream<Rendered> renders() {
		return Rendered.developmentAndProduction();
	}

	@ParameterizedTest
	@MethodSource("renders")
	void everyListenerAuthenticatesAndNothingIsAllowedWithoutAnAcl(Rendered rendered) {
		Map<?, ?> kafka = (Map<?, ?>) spec(rendered.custom("Kafka").get(0)).get("kafka");
		List<?> listeners = (List<?>) kafka.get("listeners");
		assertThat(listeners).isNotEmpty()
			.allSatisfy((listener) -> assertThat(((Map<?, ?>) listener).get("authentication"))
				.isEqualTo(Map.of("type", "scram-sha-512")));
		Map<?, ?> authorization = (Map<?, ?>) kafka.get("authorization");
		assertThat(authorization.get("type")).isEqualTo("simple");
		assertThat(authorization.get("superUsers")).isEqualTo(List.of("operator"));
		assertThat(((Map<?, ?>) kafka.get("config")).get("allow.everyone.if.no.acl.found")).isEqualTo(false);
		assertThat(rendered.only(ConfigMap.class).getData())
			.containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
			.containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512");
	}

	@ParameterizedTest
	@MethodSource("renders")
	void everyServiceMountsTheLoginOfItsOwnKafkaUserOnly(Rendered rendered) {
		Set<String> users = new TreeSet<>();
		for (Service service : Service.values()) {
			String user = KafkaNeeds.of(service).user();
			assertThat(users.add(user)).isTrue();
			Map<String, List<KeyToPath>> files = rendered.secretFilesByName(service);
			assertThat(files.get(user)).as(service.module())
				.singleElement()
				.satisfies((file) -> assertThat(file.getKey()).isEqualTo("sasl.jaas.config"))
				.satisfies((file) -> assertThat(file.getPath()).isEqualTo("spring.kafka.properties.sasl.jaas.config"));
			assertThat(files).as(service.module()).containsOnlyKeys(user, "lms-secrets");
		}
		assertThat(kafkaUsers(rendered).keySet()).containsAll(users).contains("operator");
	}

	@ParameterizedTest
	@MethodSource("renders")
	void eachKafkaUserMayDoExactlyWhatItsServicesCodeDoes(Rendered rendered) {
		Map<String, Map<?, ?>> users = kafkaUsers(rendered);
		for (Service service : Service.values()) {
			KafkaNeeds needs = KafkaNeeds.of(service);
			Map<?, ?> user = users.get(needs.user());
			assertThat(user.get("authentication")).isEqualTo(Map.of("type", "scram-sha-512"));
			List<?> acls = (List<?>) ((Map<?, ?>) user.get("authorization")).get("acls");
			assertThat(names(acls, "topic", "literal", "Write")).as(needs.user()).isEqualTo(needs.writes());
			assertThat(names(acls, "topic", "literal", "Read")).as(needs.user()).isEqualTo(needs.reads());
			assertThat(names(acls, "group", "prefix", "Read")).as(needs.user()).containsExactly(needs.user() + ".");
			assertThat(acls).allSatisfy((acl) -> assertThat(((Map<?, ?>) acl).get("operations").toString())
				.doesNotContain("All", "Create", "Alter", "Delete"));
		}
		assertThat(users.get("operator").get("authorization")).as("a super user").isNull();
	}

	private static Map<String, Map<?, ?>> kafkaUsers(Rendered rendered) {
		Map<String, Map<?, ?>> users = new TreeMap<>();
		rendered.custom("KafkaUser").forEach((user) -> users.put(user.getMetadata().getName(), spec(user)));
		return users;
	}

	private static Set<String> names(List<?> acls, String type, String pattern, String operation) {
		Set<String> names = new TreeSet<>();
		for (Object item : acls) {
			Map<?, ?> acl = (Map<?, ?>) item;
			Map<?, ?> resource = (Map<?, ?>) acl.get("resource");
			if (type.equals(resource.get("type")) && pattern.equals(resource.get("patternType"))
					&& ((List<?>) acl.get("operations")).contains(operation)) {
				names.add(String.valueOf(resource.get("name")));
			}
		}
		return names;
	}

	private static Map<?, ?> spec(GenericKubernetesResource resource) {
		return (Map<?, ?>) resource.getAdditionalProperties().get("spec");
	}

}
