package lms.notification.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import lms.events.DomainEvent;
import lms.events.course.QuestionAsked;
import lms.events.course.ReviewAdded;
import lms.notification.support.TestEvents;
import lms.testkit.TestIdentity;
import lms.testkit.EmbeddedRedis;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Admin dashboards read new notifications from a Server-Sent Events stream as they are
 * raised; nobody else may open it.
 */
class NotificationStreamTest extends AdminContextTest {

	final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	@LocalServerPort
	int port;

	@Test
	void anAdminStreamReceivesEachNewNotificationAsNewNotification() {
		String course = "c-" + UUID.randomUUID();
		List<String> lines = pushedWhilePublishing(
				new QuestionAsked(course, "ct-1", "q-1", "u-ann", "Ann", "Java", "Records"), course);

		int data = indexOf(lines, course);
		assertThat(lines.get(data - 1)).isEqualTo("event:newNotification");
		JsonNode pushed = this.json.readTree(lines.get(data).substring("data:".length()));
		assertThat(pushed.get("title").asString()).isEqualTo("New Question Received");
		assertThat(pushed.get("message").asString()).isEqualTo("You have a new question in Records");
		assertThat(pushed.get("userId").asString()).isEqualTo("u-ann");
		assertThat(pushed.get("_id").asString()).matches("[0-9a-f]{24}");
	}

	@Test
	void withRedisDownNotificationsAreStillStoredAndPushesResumeAfterwards() {
		String course = "c-" + UUID.randomUUID();
		EmbeddedRedis.shared().stop();
		try {
			TestEvents events = new TestEvents(this.brokers, this.json);
			events.publish(new QuestionAsked(course, "ct-1", "q-1", "u-bo", "Bo", "Java", "Records"));
			events.publish(new ReviewAdded(course, "r-1", "u-bo", "Bo", 5, "Java"));
			await().atMost(Duration.ofSeconds(30))
				.until(() -> this.mongo.count(Query.query(Criteria.where("courseId").is(course)),
						AdminNotification.class) == 2);
		}
		finally {
			EmbeddedRedis.shared().start();
		}
		String later = "c-" + UUID.randomUUID();
		List<String> lines = pushedWhilePublishing(new ReviewAdded(later, "r-2", "u-bo", "Bo", 4, "Go"), later);
		assertThat(lines.get(indexOf(lines, later) - 1)).isEqualTo("event:newNotification");
	}

	/**
	 * Opens an admin stream, publishes the event once it is connected, and returns the
	 * lines read until one mentions {@code marker}. Pushes travel over Redis pub/sub,
	 * whose subscription may need a few seconds to come back after an outage, and what is
	 * published meanwhile is not pushed: the payload is published again under a new event
	 * id every two seconds until a push shows.
	 */
	private List<String> pushedWhilePublishing(DomainEvent event, String marker) {
		List<String> lines = new CopyOnWriteArrayList<>();
		CompletableFuture<HttpResponse<Stream<String>>> response = this.http
			.sendAsync(stream(TestIdentity.shared().adminToken()), HttpResponse.BodyHandlers.ofLines());
		try {
			response.thenAccept((open) -> open.body().forEach(lines::add));
			await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(":connected"));
			TestEvents events = new TestEvents(this.brokers, this.json);
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(2)).until(() -> {
				if (lines.stream().anyMatch((l) -> l.contains(marker))) {
					return true;
				}
				events.publish(event);
				return false;
			});
			return List.copyOf(lines);
		}
		finally {
			response.cancel(true);
		}
	}

	@Test
	void theStreamIsForAdminsOnly() throws Exception {
		HttpResponse<String> user = this.http.send(stream(TestIdentity.shared().userToken()),
				HttpResponse.BodyHandlers.ofString());
		assertThat(user.statusCode()).isEqualTo(403);
		assertThat(user.body()).contains("Role: user is not allowed to access this resource");
		assertThat(this.http.send(stream(null), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
	}

	private HttpRequest stream(String token) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/v1/notifications/stream"))
			.header("Accept", "text/event-stream");
		return ((token != null) ? request.header("Authorization", "Bearer " + token) : request).build();
	}

	private static int indexOf(List<String> lines, String text) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError(text + " not in " + lines);
	}

}
