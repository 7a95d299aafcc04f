package lms.notification.socketio;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import java.util.Map;
import java.util.function.UnaryOperator;

import io.socket.client.SocketOptionBuilder;
import lms.events.course.EnrollmentCreated;
import lms.events.course.QuestionAsked;
import lms.events.course.ReviewAdded;
import lms.events.identity.SessionRevoked;
import lms.events.identity.UserRoleChanged;
import lms.notification.NotificationApplication;
import lms.notification.support.TestEvents;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.TestIdentity;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static lms.notification.socketio.SocketClient.anonymous;
import static lms.notification.socketio.SocketClient.auth;
import static lms.notification.socketio.SocketClient.header;
import static lms.notification.socketio.SocketClient.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The original dashboards' Socket.IO v4 endpoint, driven by the official Java client:
 * admins hear {@code newNotification} for each stored admin notification, whichever way
 * their token came and whichever instance they are connected to, until their session
 * ends; nobody else hears anything, and what clients emit themselves reaches nobody.
 */
@SpringBootTest
@EmbeddedInfrastructure
class AdminSocketsTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	static final List<String> TITLES = List.of("New Order", "New Question Received", "New Review Received");

	@Autowired
	JsonMapper json;

	@Autowired
	SocketIoEndpoint endpoint;

	@Autowired
	Environment environment;

	final List<AutoCloseable> opened = new ArrayList<>();

	final String admin = TestIdentity.shared().adminToken();

	final String student = TestIdentity.shared().userToken();

	@DynamicPropertySource
	static void identity(DynamicPropertyRegistry registry) {
		registry.add("lms.security.jwks-url", TestIdentity.shared()::jwksUrl);
	}

	@AfterEach
	void closeAll() throws Exception {
		for (AutoCloseable closeable : this.opened.reversed()) {
			closeable.close();
		}
	}

	@Test
	void adminsHearEveryNewNotificationWhicheverWayTheirTokenCame() {
		List<SocketClient> admins = List.of(open(header("Authorization", "Bearer " + this.admin)),
				open(header("access-token", this.admin)), open(header("Cookie", "access_token=" + this.admin)),
				open(auth("token", this.admin)), open(auth("accessToken", this.admin)),
				open(query("token=" + this.admin)), track(SocketClient.connectPolling(url(this.endpoint.port()),
						header("Authorization", "Bearer " + this.admin))));
		List<SocketClient> others = List.of(open(header("Authorization", "Bearer " + this.student)),
				open(auth("token", this.student)), open(header("Cookie", "access_token=" + this.student)),
				open(header("Authorization", "Bearer " + this.admin + "x")), open(anonymous()));

		String course = publishOrderQuestionAndReview();

		for (SocketClient client : admins) {
			await().atMost(WAIT).until(() -> client.titlesAbout(course).size() == 3);
			assertThat(client.titlesAbout(course)).containsExactlyInAnyOrderElementsOf(TITLES);
		}
		JSONObject order = admins.get(0)
			.received()
			.stream()
			.filter((n) -> "New Order".equals(n.optString("title")))
			.findFirst()
			.orElseThrow();
		assertThat(order.optString("message")).isEqualTo("You have a new order from Java");
		assertThat(order.optString("status")).isEqualTo("unread");
		assertThat(order.optString("_id")).matches("[0-9a-f]{24}");
		for (SocketClient client : others) {
			assertThat(client.isConnected()).isTrue();
			assertThat(client.received()).isEmpty();
		}
	}

	@Test
	void whatClientsEmitThemselvesReachesNobody() {
		SocketClient listening = open(auth("token", this.admin));
		SocketClient emittingStudent = open(auth("token", this.student));
		SocketClient emittingAdmin = open(auth("token", this.admin));
		JSONObject forged = new JSONObject(Map.of("title", "New Order", "message", "Forged", "userId", "u-mallory"));
		emittingStudent.emit("notification", forged);
		emittingAdmin.emit("notification", forged);
		emittingStudent.emit("newNotification", forged);

		String course = "c-" + UUID.randomUUID();
		events().publish(new ReviewAdded(course, "r-1", "u-bo", "Bo", 4, "Go"));

		for (SocketClient admin : List.of(listening, emittingAdmin)) {
			await().atMost(WAIT).until(() -> !admin.titlesAbout(course).isEmpty());
			assertThat(admin.received()).singleElement()
				.satisfies((n) -> assertThat(n.optString("title")).isEqualTo("New Review Received"));
		}
		assertThat(emittingStudent.received()).isEmpty();
	}

	@Test
	void anAdminOnAnotherInstanceHearsWhatThisInstanceStored() {
		ConfigurableApplicationContext other = secondInstanceConsumingNothing();
		SocketClient elsewhere = open(url(other.getBean(SocketIoEndpoint.class).port()),
				header("Authorization", "Bearer " + this.admin));
		SocketClient here = open(header("Authorization", "Bearer " + this.admin));

		String course = publishOrderQuestionAndReview();

		await().atMost(WAIT).until(() -> elsewhere.titlesAbout(course).size() == 3);
		assertThat(elsewhere.titlesAbout(course)).containsExactlyInAnyOrderElementsOf(TITLES);
		await().atMost(WAIT).until(() -> here.titlesAbout(course).size() == 3);
	}

	@Test
	void anAdminsSocketsCloseWhenTheSessionEndsOrTheUserIsNoLongerAnAdmin() {
		String loggedOut = "admin-" + UUID.randomUUID();
		String demoted = "admin-" + UUID.randomUUID();
		SocketClient revoked = open(auth("token", TestIdentity.shared().token(loggedOut, "admin")));
		SocketClient stillAdminElsewhere = open(header("access-token", this.admin));
		SocketClient demotedSocket = open(
				header("Authorization", "Bearer " + TestIdentity.shared().token(demoted, "admin")));

		// The group reads from the latest offset: publish again until its partitions are
		// assigned.
		await().atMost(WAIT).pollInterval(Duration.ofSeconds(2)).until(() -> {
			if (!revoked.isConnected() && !demotedSocket.isConnected()) {
				return true;
			}
			events().publish(
					new SessionRevoked("session-" + loggedOut, loggedOut, "logout", Instant.now().plusSeconds(300)));
			events().publish(new UserRoleChanged(demoted, "admin", "user"));
			return false;
		});
		assertThat(stillAdminElsewhere.isConnected()).isTrue();
	}

	/**
	 * A second notification-service on the same MongoDB, Redis and Kafka whose consumers
	 * never start: whatever its sockets hear came from this instance over Redis.
	 */
	private ConfigurableApplicationContext secondInstanceConsumingNothing() {
		ConfigurableApplicationContext other = new SpringApplicationBuilder(NotificationApplication.class).run(
				"--server.port=0", "--management.server.port=0", "--lms.notification.socket-io.port=0",
				"--spring.mongodb.uri=" + this.environment.getProperty("spring.mongodb.uri"),
				"--spring.data.redis.host=" + this.environment.getProperty("spring.data.redis.host"),
				"--spring.data.redis.port=" + this.environment.getProperty("spring.data.redis.port"),
				"--spring.cloud.stream.kafka.binder.brokers=" + brokers(),
				"--spring.cloud.stream.bindings.admin-in-0.consumer.auto-startup=false",
				"--spring.cloud.stream.bindings.mail-in-0.consumer.auto-startup=false",
				"--lms.security.jwks-url=" + TestIdentity.shared().jwksUrl());
		this.opened.add(other);
		return other;
	}

	private String publishOrderQuestionAndReview() {
		String course = "c-" + UUID.randomUUID();
		events().publish(new EnrollmentCreated("e-" + UUID.randomUUID(), "u-cy", "cy@example.com", "Cy", course, "Java",
				new BigDecimal("10"), "pi_1"));
		events().publish(new QuestionAsked(course, "ct-1", "q-1", "u-ann", "Ann", "Java", "Records"));
		events().publish(new ReviewAdded(course, "r-1", "u-bob", "Bob", 5, "Java"));
		return course;
	}

	private SocketClient open(UnaryOperator<SocketOptionBuilder> options) {
		return open(url(this.endpoint.port()), options);
	}

	private SocketClient open(String url, UnaryOperator<SocketOptionBuilder> options) {
		return track(SocketClient.connect(url, options));
	}

	private SocketClient track(SocketClient client) {
		this.opened.add(client);
		return client;
	}

	private TestEvents events() {
		return new TestEvents(brokers(), this.json);
	}

	private String brokers() {
		return this.environment.getProperty("spring.cloud.stream.kafka.binder.brokers");
	}

	private static String url(int port) {
		return "http://127.0.0.1:" + port;
	}

}
