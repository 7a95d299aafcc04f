package lms.notification.admin;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import lms.events.course.EnrollmentCreated;
import lms.events.course.QuestionAnswered;
import lms.events.course.QuestionAsked;
import lms.events.course.ReviewAdded;
import lms.events.course.ReviewReplied;
import lms.notification.support.AdminApi;
import lms.notification.support.TestEvents;
import lms.testkit.TestIdentity;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Course events through the real broker become the original's admin notifications, which
 * admins list and mark read over HTTP.
 */
class AdminNotificationsTest extends AdminContextTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AdminNotifications notifications;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	@LocalServerPort
	int port;

	final String admin = TestIdentity.shared().adminToken();

	@Test
	void eachCourseEventRaisesTheOriginalsNotificationAboutItsUserAndCourse() {
		String course = "c-" + UUID.randomUUID();
		events().publish(new QuestionAsked(course, "ct-1", "q-1", "u-ann", "Ann", "Java", "Streams"));
		events().publish(new QuestionAnswered(course, "ct-1", "q-1", "a-1", "u-ann", "u-ann", "ann@example.com", "Ann",
				"Streams"));
		events().publish(new QuestionAnswered(course, "ct-1", "q-1", "a-2", "admin-1", "u-ann", "ann@example.com",
				"Ann", "Streams"));
		events().publish(new ReviewAdded(course, "r-1", "u-bob", "Bob", 5, "Java"));
		events().publish(new EnrollmentCreated("e-1", "u-cy", "cy@example.com", "Cy", course, "Java",
				new BigDecimal("10"), "pi_1"));

		List<JsonNode> raised = awaitNotificationsFor(course, 4);

		assertThat(raised)
			.extracting((n) -> n.get("title").asString() + " | " + n.get("message").asString() + " | "
					+ n.get("userId").asString())
			.containsExactlyInAnyOrder("New Question Received | You have a new question in Streams | u-ann",
					"New Question Reply Received | You have a new question reply in Streams | u-ann",
					"New Review Received | Bob has given a review in Java | u-bob",
					"New Order | You have a new order from Java | u-cy");
		assertThat(raised).allSatisfy((n) -> {
			assertThat(n.get("_id").asString()).matches("[0-9a-f]{24}");
			assertThat(n.get("status").asString()).isEqualTo("unread");
			assertThat(n.get("__v").asInt()).isZero();
			assertThat(n.get("createdAt").asString()).isNotBlank();
			assertThat(n.get("updatedAt").asString()).isNotBlank();
		});
	}

	@Test
	void aReplyToAReviewIsKeptForTheReviewerAndNotShownToAdmins() {
		String course = "c-" + UUID.randomUUID();
		events().publish(new ReviewReplied(course, "r-9", "reply-1", "admin-1"));
		events().publish(new ReviewAdded(course, "r-10", "u-dan", "Dan", 4, "Go"));

		awaitNotificationsFor(course, 1);
		assertThat(this.mongo.findAll(AdminNotification.class))
			.filteredOn((n) -> course.equals(n.courseId()) && AdminNotification.REVIEWER.equals(n.audience()))
			.singleElement()
			.satisfies((n) -> assertThat(n.reviewId()).isEqualTo("r-9"));
		assertThat(notificationsFor(course)).extracting((n) -> n.get("title").asString())
			.containsExactly("New Review Received");
	}

	@Test
	void aRedeliveredEventRaisesOneNotification() {
		String course = "c-" + UUID.randomUUID();
		ReviewAdded review = new ReviewAdded(course, "r-1", "u-eve", "Eve", 3, "Rust");
		String eventId = UUID.randomUUID().toString();
		events().publish(review, eventId, Instant.now());
		events().publish(review, eventId, Instant.now());
		events().publish(
				new EnrollmentCreated("e-2", "u-eve", "eve@example.com", "Eve", course, "Rust", BigDecimal.ONE, null));

		awaitNotificationsFor(course, 2);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(10))
			.until(() -> notificationsFor(course).size() == 2);
	}

	@Test
	void anEventCannotRaiseASecondNotificationEvenOnceItsProcessedMarkIsGone() {
		NewNotification order = NewNotification.forAdmins(UUID.randomUUID().toString(), Instant.now(), "New Order",
				"You have a new order from Java", "u-1", "c-1");
		assertThat(this.notifications.raise(order)).isPresent();
		assertThat(this.notifications.raise(order)).isEmpty();
	}

	@Test
	void theListIsNewestFirstAndPagesOnRequest() {
		String course = "c-" + UUID.randomUUID();
		Instant base = Instant.parse("2099-01-01T00:00:00Z");
		for (int i = 0; i < 3; i++) {
			events().publish(new ReviewAdded(course, "r-" + i, "u-" + i, "User " + i, 4, "Kotlin"),
					UUID.randomUUID().toString(), base.plusSeconds(i));
		}
		awaitNotificationsFor(course, 3);

		List<JsonNode> all = list("");
		assertThat(all).extracting((n) -> Instant.parse(n.get("createdAt").asString()))
			.isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(all.subList(0, 3)).extracting((n) -> n.get("message").asString())
			.containsExactly("User 2 has given a review in Kotlin", "User 1 has given a review in Kotlin",
					"User 0 has given a review in Kotlin");
		assertThat(list("?page=1&limit=2")).extracting((n) -> n.get("_id"))
			.containsExactlyElementsOf(all.subList(0, 2).stream().map((n) -> n.get("_id")).toList());
		assertThat(list("?page=2&limit=2")).extracting((n) -> n.get("_id"))
			.containsExactlyElementsOf(
					all.subList(2, Math.min(4, all.size())).stream().map((n) -> n.get("_id")).toList());
	}

	@Test
	void badPagingIsAClear400() {
		for (String query : List.of("?page=0", "?limit=abc", "?limit=101", "?page=-1&limit=5")) {
			AdminApi.Reply reply = api().get("/api/v1/get-all-notifications" + query, this.admin);
			assertThat(reply.status()).as(query).isEqualTo(400);
			assertThat(reply.body().get("success").asBoolean()).isFalse();
			assertThat(reply.message()).isNotBlank();
		}
	}

	@Test
	void anAdminMarksANotificationReadAndGetsTheWholeList() {
		String course = "c-" + UUID.randomUUID();
		events().publish(new QuestionAsked(course, "ct-1", "q-1", "u-fay", "Fay", "Scala", "Implicits"));
		String id = awaitNotificationsFor(course, 1).get(0).get("_id").asString();

		AdminApi.Reply reply = api().put("/api/v1/update-notification/" + id, this.admin);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("success").asBoolean()).isTrue();
		JsonNode updated = stream(reply.body().get("notifications")).filter((n) -> id.equals(n.get("_id").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(updated.get("status").asString()).isEqualTo("read");
		assertThat(updated.get("__v").asInt()).isEqualTo(1);
		assertThat(reply.body().get("notifications").size()).isEqualTo(list("").size());
	}

	@Test
	void anUnknownNotificationIs404WithTheOriginalsMessage() {
		AdminApi.Reply reply = api().put("/api/v1/update-notification/0123456789abcdef01234567", this.admin);
		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.message()).isEqualTo("Notification not found");
	}

	@Test
	void onlyAdminsSeeOrChangeNotifications() {
		String user = TestIdentity.shared().userToken();
		for (AdminApi.Reply reply : List.of(api().get("/api/v1/get-all-notifications", user),
				api().put("/api/v1/update-notification/0123456789abcdef01234567", user))) {
			assertThat(reply.status()).isEqualTo(403);
			assertThat(reply.message()).isEqualTo("Role: user is not allowed to access this resource");
		}
		assertThat(api().get("/api/v1/get-all-notifications", null).status()).isEqualTo(401);
		assertThat(api().put("/api/v1/update-notification/x", null).status()).isEqualTo(401);
	}

	private List<JsonNode> awaitNotificationsFor(String course, int count) {
		return await().atMost(WAIT).until(() -> notificationsFor(course), (list) -> list.size() >= count);
	}

	private List<JsonNode> notificationsFor(String course) {
		return list("").stream().filter((n) -> course.equals(n.path("courseId").asString())).toList();
	}

	private List<JsonNode> list(String query) {
		AdminApi.Reply reply = api().get("/api/v1/get-all-notifications" + query, this.admin);
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.body().get("success").asBoolean()).isTrue();
		assertThat(reply.cacheControl()).isEqualTo("no-store");
		return stream(reply.body().get("notifications")).toList();
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false);
	}

	private AdminApi api() {
		return new AdminApi("http://127.0.0.1:" + this.port, this.json);
	}

	private TestEvents events() {
		return new TestEvents(this.brokers, this.json);
	}

}
