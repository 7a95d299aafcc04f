package lms.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compose broker lets no one in without credentials and allows each service exactly
 * what its code does: other containers share the network, and a forged
 * {@code EnrollmentCreated} is a free course.
 */
class ComposeKafkaSecurityTest {

	private final ComposeFile compose = ComposeFile.read();

	@Test
	void everyServiceLogsInAsAUserOfItsOwnFromASecretFile() {
		Set<String> secrets = new TreeSet<>();
		for (Service service : Service.values()) {
			Map<String, Object> container = this.compose.service(service.module());
			assertThat(ComposeFile.environment(container)).as(service.module())
				.containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT")
				.containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
				.allSatisfy((name, value) -> assertThat(String.valueOf(value)).doesNotContain("LoginModule"));
			String secret = DatastoreCredentialsTest.secretFor(container, "spring.kafka.properties.sasl.jaas.config");
			assertThat(secret).as(service.module()).isEqualTo("kafka-" + KafkaNeeds.of(service).user() + "-jaas");
			assertThat(secrets.add(secret)).as("no two services share a login").isTrue();
			assertThat(PreparedSecrets.names()).contains(secret);
		}
		// the login file names the user its name carries
		assertThat(PreparedSecrets.script())
			.contains("create \"kafka-$user-jaas\" \"org.apache.kafka.common.security.scram.ScramLoginModule required"
					+ " username=\\\"$user\\\" password=\\\"$(cat \"$secrets/kafka-$user-password\")\\\";\"");
	}

	@Test
	void theBrokerHasNoPlaintextListenerAndRefusesWhatNoAclAllows() throws IOException {
		Properties broker = brokerProperties();
		Map<String, String> protocols = pairs(broker.getProperty("listener.security.protocol.map"), ":");
		assertThat(protocols.values()).allSatisfy((protocol) -> assertThat(protocol).startsWith("SASL_"));
		pairs(broker.getProperty("listeners"), "://").forEach((listener, address) -> {
			if (!address.startsWith("127.0.0.1:")) {
				assertThat(broker.getProperty("listener.name." + listener.toLowerCase() + ".sasl.enabled.mechanisms"))
					.as(listener + " reaches the network")
					.isEqualTo("SCRAM-SHA-512");
			}
		});
		assertThat(broker.getProperty("advertised.listeners"))
			.isEqualTo("CLIENTS://kafka:9092,BROKER://127.0.0.1:9094");
		assertThat(broker)
			.containsEntry("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer")
			.containsEntry("allow.everyone.if.no.acl.found", "false")
			.containsEntry("super.users", "User:broker;User:operator");

		Map<String, Object> kafka = this.compose.service("kafka");
		assertThat(ComposeFile.list(kafka, "entrypoint")).contains("/lms/kafka/kafka-start");
		assertThat(ComposeFile.environment(kafka)).containsOnlyKeys("CLUSTER_ID", "KAFKA_HEAP_OPTS");
		assertThat(String.valueOf(kafka.get("healthcheck")))
			.contains("--command-config /run/secrets/kafka-operator.properties");
	}

	@Test
	void theBrokerMakesEveryUserFromAPasswordPrepareWrites() throws IOException {
		String start = Files.readString(Repository.file("deploy/compose/kafka/kafka-start"));
		Matcher users = Pattern.compile("(?m)^users=\\(([^)]+)\\)").matcher(start);
		assertThat(users.find()).isTrue();
		Set<String> made = new TreeSet<>(Arrays.asList(users.group(1).trim().split("\\s+")));
		Set<String> expected = new TreeSet<>(Set.of("broker", "operator", "kafka-ui"));
		Arrays.stream(Service.values()).forEach((service) -> expected.add(KafkaNeeds.of(service).user()));
		assertThat(made).isEqualTo(expected);
		assertThat(start).contains("--add-scram \"SCRAM-SHA-512=[name=$user,password=$(password \"$user\")]\"");
		for (String user : made) {
			assertThat(PreparedSecrets.names()).contains("kafka-" + user + "-password");
			assertThat(ComposeFile.list(this.compose.service("kafka"), "secrets"))
				.contains("kafka-" + user + "-password");
		}
	}

	@Test
	void theAclsAllowEachServiceExactlyWhatItsCodeDoes() {
		for (Service service : Service.values()) {
			KafkaNeeds needs = KafkaNeeds.of(service);
			String user = needs.user();
			assertThat(topics(user, AclOperation.WRITE)).as(user + " writes").isEqualTo(needs.writes());
			assertThat(topics(user, AclOperation.ALTER)).as(user + " alters").isEqualTo(needs.writes());
			assertThat(topics(user, AclOperation.ALTER_CONFIGS)).as(user + " alters settings")
				.isEqualTo(needs.writes());
			assertThat(topics(user, AclOperation.READ)).as(user + " reads").isEqualTo(needs.reads());
			assertThat(topics(user, AclOperation.CREATE)).as(user + " declares").isEqualTo(needs.declared());
			assertThat(topics(user, AclOperation.DESCRIBE_CONFIGS)).as(user + " declares").isEqualTo(needs.declared());
			assertThat(ComposeAcls.names(user, ResourceType.GROUP, PatternType.PREFIXED, AclOperation.READ))
				.as(user + " joins")
				.containsExactly(user + ".");
			assertThat(needs.groups()).as(user).allSatisfy((group) -> assertThat(group).startsWith(user + "."));
			assertThat(ComposeAcls.all()).filteredOn((acl) -> acl.entry().principal().equals("User:" + user))
				.allSatisfy((acl) -> {
					assertThat(acl.entry().operation()).isNotEqualTo(AclOperation.ALL);
					assertThat(acl.pattern().name()).isNotEqualTo("*");
				});
		}
		assertThat(topics("media", AclOperation.WRITE)).doesNotContain("lms.course.enrollment", "lms.identity.user");
	}

	private static Set<String> topics(String user, AclOperation operation) {
		return ComposeAcls.names(user, ResourceType.TOPIC, PatternType.LITERAL, operation);
	}

	static Properties brokerProperties() throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(Repository.file("deploy/compose/kafka/server.properties"))) {
			properties.load(reader);
		}
		return properties;
	}

	private static Map<String, String> pairs(String list, String separator) {
		Map<String, String> pairs = new java.util.TreeMap<>();
		for (String pair : list.split(",")) {
			int at = pair.indexOf(separator);
			pairs.put(pair.substring(0, at), pair.substring(at + separator.length()));
		}
		return pairs;
	}

}
