package lms.identity.registration;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.identity.password.PasswordHasher;
import lms.kit.codes.CodeSeal;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.KafkaProbe;
import lms.testkit.TestHttp;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
class RegistrationTest {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	PasswordHasher hasher;

	@Autowired
	JsonMapper json;

	@Autowired
	CodeSeal seal;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	TestHttp http;

	String baseUrl;

	@BeforeEach
	void client() {
		this.baseUrl = "http://127.0.0.1:" + this.port;
		this.http = new TestHttp(this.baseUrl);
	}

	@Test
	void registrationKeepsAPendingRegistrationAndPublishesTheActivationCode() {
		String email = unique();
		TestHttp.Response response = register(
				"{\"name\":\"Ann\",\"email\":\"" + email + "\",\"password\":\"secret1\"}");

		assertThat(response.status()).isEqualTo(201);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("success").asBoolean()).isTrue();
		assertThat(body.get("message").asString())
			.isEqualTo("Please check your email: " + email + " to activate your account!");
		String token = body.get("activationToken").asString();
		assertThat(token).hasSizeGreaterThanOrEqualTo(40).doesNotContain(".");

		PendingRegistration pending = this.mongo.findById(token, PendingRegistration.class);
		assertThat(pending.email()).isEqualTo(email);
		assertThat(pending.passwordHash()).startsWith("$argon2id$").doesNotContain("secret1");
		assertThat(this.hasher.matches("secret1", pending.passwordHash())).isTrue();

		ConsumerRecord<String, String> event = activationEventFor(email);
		assertThat(event.headers().lastHeader(CloudEventHeaders.TYPE).value()).asString()
			.isEqualTo("lms.identity.ActivationRequested.v2");
		JsonNode payload = this.json.readTree(event.value());
		String code = this.seal.open(payload.get("sealedActivationCode").asString());
		assertThat(code).matches("\\d{4}");
		assertThat(payload.has("activationCode")).isFalse();
		assertThat(payload.get("name").asString()).isEqualTo("Ann");
		assertThat(event.value()).doesNotContain("secret1").doesNotContain("argon2");
		assertThat(pending.codeHash()).isNotEqualTo(code);
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.mongo.findById(token, PendingRegistration.class).outbox().isEmpty());
	}

	@Test
	void anEmailAlreadyTakenIsAConflictInTheOriginalWords() {
		String email = unique();
		this.mongo.insert(new org.bson.Document("email", email).append("name", "Existing"), "users");

		TestHttp.Response response = register(
				"{\"name\":\"Ann\",\"email\":\"" + email + "\",\"password\":\"secret1\"}");

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.body()).isEqualTo("{\"success\":false,\"message\":\"Email already exist\"}");
		assertNothingStoredFor(email);
	}

	@Test
	void missingFieldsAreListedAndNothingIsStored() {
		String email = unique();
		TestHttp.Response response = register("{\"email\":\"" + email + "\",\"password\":\"123\"}");

		assertThat(response.status()).isEqualTo(422);
		JsonNode body = this.json.readTree(response.body());
		assertThat(body.get("success").asBoolean()).isFalse();
		assertThat(body.get("message").asString()).isNotBlank();
		assertThat(body.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "password");
		assertNothingStoredFor(email);
	}

	@Test
	void anInvalidEmailIsRefused() {
		TestHttp.Response response = register("{\"name\":\"Ann\",\"email\":\"not-an-email\",\"password\":\"secret1\"}");

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).contains("please enter a valid email");
		assertNothingStoredFor("not-an-email");
	}

	@Test
	void malformedJsonIsABadRequestInTheContractShape() {
		TestHttp.Response response = register("{\"name\":\"Ann\",");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body()).isEqualTo("{\"success\":false,\"message\":\"Malformed JSON request body\"}");
	}

	@Test
	void aTwentyMegabyteBodyIsRefusedBeforeItIsRead() {
		String email = unique();
		String padding = "x".repeat(20 * 1024 * 1024);
		TestHttp.Response response = register(
				"{\"name\":\"" + padding + "\",\"email\":\"" + email + "\",\"password\":\"secret1\"}");

		assertThat(response.status()).isEqualTo(413);
		assertThat(this.json.readTree(response.body()).get("success").asBoolean()).isFalse();
		assertNothingStoredFor(email);
	}

	private TestHttp.Response register(String body) {
		return TestHttp.from(this.baseUrl, randomIp()).postJson("/api/v1/registration", body);
	}

	private void assertNothingStoredFor(String email) {
		assertThat(this.mongo.exists(Query.query(Criteria.where("email").is(email)), PendingRegistration.class))
			.isFalse();
		List<ConsumerRecord<String, String>> events = new KafkaProbe(this.brokers).recordsWithin(Topics.IDENTITY_USER,
				Duration.ofSeconds(1));
		assertThat(events).noneMatch((record) -> email.equals(record.key()));
	}

	private ConsumerRecord<String, String> activationEventFor(String email) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> new KafkaProbe(this.brokers).recordsWithin(Topics.IDENTITY_USER, Duration.ofMillis(500))
				.stream()
				.filter((record) -> email.equals(record.key()))
				.findFirst(), java.util.Optional::isPresent)
			.orElseThrow();
	}

	@Test
	void registrationsAreThrottledPerEmailAndPerAddressSizedForAClass() throws Exception {
		String email = unique();
		String body = "{\"name\":\"Ann\",\"email\":\"" + email + "\",\"password\":\"secret1\"}";
		for (int i = 0; i < 3; i++) {
			assertThat(register(body).status()).isEqualTo(201);
		}
		TestHttp.Response perEmail = register(body);
		assertThat(perEmail.status()).isEqualTo(429);
		assertThat(perEmail.header("Retry-After")).isNotBlank();

		TestHttp classroom = TestHttp.from(this.baseUrl, randomIp());
		Callable<Integer> signUp = () -> classroom
			.postJson("/api/v1/registration",
					"{\"name\":\"Ann\",\"email\":\"" + unique() + "\",\"password\":\"secret1\"}")
			.status();
		long started = System.nanoTime();
		try (ExecutorService pupils = Executors.newFixedThreadPool(4)) {
			for (Future<Integer> status : pupils.invokeAll(Collections.nCopies(120, signUp))) {
				assertThat(status.get()).isEqualTo(201);
			}
		}
		// One registration comes back every 10 s: those the class took meanwhile pass
		// too.
		long refilled = Duration.ofNanos(System.nanoTime() - started).toSeconds() / 10 + 1;
		int more = 0;
		int status;
		while ((status = signUp.call()) == 201) {
			more++;
			assertThat(more).isLessThanOrEqualTo((int) refilled);
		}
		assertThat(status).isEqualTo(429);
	}

	/** A loopback address of its own, so per-address limits of tests do not add up. */
	private static String randomIp() {
		var random = java.util.concurrent.ThreadLocalRandom.current();
		return "127." + random.nextInt(1, 255) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	private static String unique() {
		return "ann-" + UUID.randomUUID() + "@example.com";
	}

}
