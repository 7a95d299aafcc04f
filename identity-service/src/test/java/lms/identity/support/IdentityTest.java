package lms.identity.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import lms.events.EventCatalog;
import lms.events.Topics;
import lms.identity.keys.KeyDirectory;
import lms.media.api.MediaStub;
import lms.identity.password.PasswordHasher;
import lms.identity.user.Role;
import lms.identity.user.User;
import lms.identity.user.UserCreation;
import lms.identity.user.Users;
import lms.kit.codes.CodeSeal;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.MutableClock;
import lms.testkit.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One application context for every identity test (so it starts once): the test kit's
 * real Kafka, Redis and MongoDB stand-in, a clock tests can move, a key directory that
 * already went through one rotation, and the local stubs of media-service and an OIDC
 * issuer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lms.identity.demo-admin.email=" + IdentityTest.ADMIN_EMAIL,
				"lms.identity.demo-admin.password=" + IdentityTest.ADMIN_PASSWORD,
				"lms.identity.demo-admin.name=Demo Admin",
				"lms.identity.service-clients.course.secret=" + IdentityTest.COURSE_SECRET,
				"lms.identity.service-clients.gateway.secret=" + IdentityTest.GATEWAY_SECRET })
@EmbeddedInfrastructure
@Import(IdentityTest.TestClock.class)
public abstract class IdentityTest {

	public static final String ADMIN_EMAIL = "admin@lms.test";

	public static final String ADMIN_PASSWORD = "admin-secret";

	public static final String PASSWORD = "secret1";

	public static final String COURSE_SECRET = "course-test-secret";

	public static final String GATEWAY_SECRET = "gateway-test-secret";

	static final Path KEYS = rotatedKeyDirectory();

	private static volatile String passwordHash;

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected StringRedisTemplate redis;

	@Autowired
	protected JsonMapper json;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected Users users;

	@Autowired
	protected UserCreation creation;

	@Autowired
	protected PasswordHasher hasher;

	@Autowired
	protected CodeSeal seal;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	protected String brokers;

	protected Http http;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		registry.add("lms.identity.keys.directory", KEYS::toString);
		registry.add("lms.media.client.url", MediaStub.shared()::url);
		registry.add("lms.identity.social.issuers[0].issuer", OidcIssuer.shared()::issuer);
		registry.add("lms.identity.social.issuers[0].jwks-uri", OidcIssuer.shared()::jwksUri);
		registry.add("lms.identity.social.issuers[0].audiences[0]", () -> OidcIssuer.CLIENT_ID);
	}

	@BeforeEach
	void client() {
		this.http = new Http("http://127.0.0.1:" + this.port);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	/** A service token from identity's own token endpoint for a client's credentials. */
	protected String serviceToken(String clientId, String secret) {
		Http.Reply reply = this.http.postForm("/internal/oauth2/token", "grant_type=client_credentials",
				"Authorization", basic(clientId, secret));
		org.assertj.core.api.Assertions.assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return body(reply).get("access_token").asString();
	}

	protected static String basic(String clientId, String secret) {
		return "Basic " + java.util.Base64.getEncoder()
			.encodeToString((clientId + ":" + secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	/** A live account with password {@link #PASSWORD}, created as activation does. */
	protected User newUser(String name) {
		return newUser(name, Role.USER);
	}

	protected User newUser(String name, String role) {
		if (passwordHash == null) {
			passwordHash = this.hasher.hash(PASSWORD);
		}
		return this.creation.create(name, uniqueEmail(), passwordHash, role, UserCreation.VIA_PASSWORD);
	}

	protected Http.Reply login(String email, String password) {
		return this.http.from(randomIp())
			.post("/api/v1/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
	}

	/** Logs in and returns the answer's body. */
	protected JsonNode loggedIn(User user) {
		Http.Reply reply = login(user.email(), PASSWORD);
		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		return this.json.readTree(reply.body());
	}

	protected String accessToken(User user) {
		return loggedIn(user).get("accessToken").asString();
	}

	protected JsonNode body(Http.Reply reply) {
		return this.json.readTree(reply.body());
	}

	/** Waits for {@code count} events on the topic that match. */
	protected List<ConsumerRecord<String, String>> awaitEvents(String topic,
			Predicate<ConsumerRecord<String, String>> matching, int count) {
		KafkaProbe probe = new KafkaProbe(this.brokers);
		return await().atMost(Duration.ofSeconds(30))
			.until(() -> probe.recordsWithin(topic, Duration.ofMillis(300)).stream().filter(matching).toList(),
					(records) -> records.size() >= count);
	}

	/** Waits for {@code count} session events of the user that name {@code reason}. */
	protected void awaitSessionEvents(String reason, User user, int count) {
		awaitEvents(Topics.IDENTITY_SESSION,
				(record) -> record.value().contains(reason) && record.value().contains(user.id()), count);
	}

	/** Events of the current version of the payload record named {@code type}. */
	protected static Predicate<ConsumerRecord<String, String>> ofType(String type, String key) {
		String ceType = EventCatalog.all()
			.stream()
			.filter((descriptor) -> descriptor.payload().getSimpleName().equals(type))
			.findFirst()
			.orElseThrow()
			.type();
		return (record) -> key.equals(record.key()) && ceType.equals(KafkaProbe.header(record, "ce_type"));
	}

	/**
	 * A loopback address of its own (127.0.0.0/8), so per-address limits of tests do not
	 * add up.
	 */
	protected static String randomIp() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "127." + random.nextInt(1, 255) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

	protected static String uniqueEmail() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

	private static Path rotatedKeyDirectory() {
		try {
			Path directory = Files.createTempDirectory("identity-keys");
			KeyDirectory keys = new KeyDirectory(directory, Clock.systemUTC());
			keys.load(Duration.ZERO);
			keys.rotate();
			return directory;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClock {

		@Bean
		MutableClock clock() {
			return new MutableClock();
		}

	}

}
