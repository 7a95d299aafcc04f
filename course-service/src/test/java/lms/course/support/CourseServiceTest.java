package lms.course.support;

import java.time.Duration;
import java.util.List;

import lms.identity.api.IdentityStub;
import lms.media.api.MediaStub;
import lms.testkit.StripeStub;
import lms.testkit.TestIdentity;
import lms.testkit.VdoCipherStub;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.bson.types.ObjectId;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One course-service on the embedded infrastructure, identity's JWKS and internal user
 * port and media-service's upload port as local stubs; helpers to call it as anyone, a
 * user or an admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedInfrastructure
public abstract class CourseServiceTest {

	protected static final MediaStub MEDIA = MediaStub.shared();

	protected static final IdentityStub IDENTITY = IdentityStub.shared();

	protected static final StripeStub STRIPE = new StripeStub();

	protected static final VdoCipherStub VDOCIPHER = new VdoCipherStub();

	protected static final String PUBLISHABLE_KEY = "pk_test_course_service";

	protected static final String SERVICE_SECRET = "course-service-test-secret";

	protected static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

	@LocalServerPort
	protected int port;

	@Autowired
	protected MongoTemplate mongo;

	@Autowired
	protected JsonMapper json;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	protected String brokers;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		registry.add("lms.security.jwks-url", TestIdentity.shared()::jwksUrl);
		TestIdentity.shared().registerClient("course", SERVICE_SECRET, "users:read", "media:upload");
		registry.add("lms.security.service-client.token-url", TestIdentity.shared()::tokenUrl);
		registry.add("lms.security.service-client.secret", () -> SERVICE_SECRET);
		registry.add("lms.media.client.url", MEDIA::url);
		registry.add("lms.services.identity.url", IDENTITY::url);
		registry.add("lms.course.payments.api-base", STRIPE::baseUrl);
		registry.add("lms.course.payments.secret-key", () -> StripeStub.SECRET_KEY);
		registry.add("lms.course.payments.publishable-key", () -> PUBLISHABLE_KEY);
		registry.add("lms.course.vdocipher.api-base", VDOCIPHER::baseUrl);
		registry.add("lms.course.vdocipher.api-secret", () -> VdoCipherStub.API_SECRET);
		registry.add("lms.course.vdocipher.timeout", () -> "1s");
	}

	protected Api anonymous() {
		return new Api("http://127.0.0.1:" + this.port, null);
	}

	protected Api admin() {
		return anonymous().as(TestIdentity.shared().token(newId(), "admin"));
	}

	protected Api user(String userId) {
		return anonymous().as(TestIdentity.shared().token(userId, "user"));
	}

	protected static String newId() {
		return new ObjectId().toHexString();
	}

	protected JsonNode read(Api.Reply reply) {
		return this.json.readTree(reply.body());
	}

	protected String createCourse(String name) {
		Api.Reply reply = admin().post("/api/v1/create-course", courseJson(name));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return read(reply).get("course").get("_id").asString();
	}

	protected void enroll(String userId, String courseId) {
		this.mongo.insert(new Document("userId", userId).append("courseId", courseId), "enrollments");
	}

	/** A new student, enrolled in the course. */
	protected String newStudentOf(String courseId) {
		String userId = newId();
		enroll(userId, courseId);
		return userId;
	}

	protected String createCourse(String name, String price) {
		Api.Reply reply = admin().post("/api/v1/create-course",
				courseJson(name).replace("\"price\":\"49\"", "\"price\":" + price));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return read(reply).get("course").get("_id").asString();
	}

	/** The PaymentIntent id behind a {@code POST /payment} answer. */
	protected String pay(String userId, String body) {
		Api.Reply reply = user(userId).post("/api/v1/payment", body);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		return STRIPE.idOf(read(reply).get("client_secret").asString());
	}

	protected void registerUser(String userId, String name, String email) {
		this.mongo.insert(new Document("_id", new ObjectId(userId)).append("name", name).append("email", email),
				"users");
	}

	/**
	 * What course-service keeps of a user (its {@code users} projection), null if
	 * nothing.
	 */
	protected Document projectedUser(String userId) {
		return this.mongo.findById(new ObjectId(userId), Document.class, "users");
	}

	protected void assertProjectedUser(String userId, String email, String name, String avatarUrl) {
		Document user = projectedUser(userId);
		assertThat(user.getString("email")).isEqualTo(email);
		assertThat(user.getString("name")).isEqualTo(name);
		assertThat(user.getString("avatarUrl")).isEqualTo(avatarUrl);
	}

	protected JsonNode lesson(String courseId, int index) {
		Api.Reply content = admin().get("/api/v1/get-course-content/" + courseId);
		return read(content).get("content").get(index);
	}

	/**
	 * Waits for the event of {@code type} about {@code key} on a course-service topic.
	 */
	protected ConsumerRecord<String, String> awaitEvent(String topic, String key, String type) {
		KafkaProbe probe = new KafkaProbe(this.brokers);
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> matching(probe.recordsWithin(topic, Duration.ofMillis(300)), key, type), (r) -> !r.isEmpty())
			.get(0);
	}

	protected ConsumerRecord<String, String> awaitCourseEvent(String courseId, String type) {
		return awaitEvent(Topics.COURSE_COURSE, courseId, type);
	}

	private static List<ConsumerRecord<String, String>> matching(List<ConsumerRecord<String, String>> records,
			String key, String type) {
		return records.stream()
			.filter((r) -> key.equals(r.key()))
			.filter((r) -> type.equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)))
			.toList();
	}

	protected static String courseJson(String name) {
		return """
				{"name":"%s","description":"Learn it all","categories":"Programming","price":"49",
				 "estimatedPrice":79,"tags":"java,spring","level":"Beginner","demoUrl":"demo-video-id",
				 "thumbnail":"%s","totalVideos":2,
				 "benefits":[{"title":"Build apps"}],"prerequisites":[{"title":"Curiosity"}],
				 "courseData":[
				  {"title":"Intro","description":"Start here","videoUrl":"secret-video-1","videoSection":"Basics",
				   "videoLength":12,"links":[{"title":"Docs","url":"https://docs.example/1"}],"suggestion":"Take notes"},
				  {"title":"Next","description":"Go on","videoUrl":"secret-video-2","videoSection":"Basics",
				   "videoLength":8,"links":[],"suggestion":"Practice"}]}
				"""
			.formatted(name, PNG);
	}

}
