package lms.media.cleanup;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lms.events.CloudEventHeaders;
import lms.events.DomainEvent;
import lms.events.EventCatalog;
import lms.events.Topics;
import lms.events.course.CourseDeleted;
import lms.events.course.CourseUpdated;
import lms.events.course.LayoutBannerReplaced;
import lms.events.identity.UserAvatarChanged;
import lms.events.identity.UserDeleted;
import lms.media.api.MediaUploads;
import lms.media.asset.Asset;
import lms.media.support.TestImages;
import lms.testkit.CloudinarySignature;
import lms.testkit.CloudinaryStub;
import lms.testkit.EmbeddedInfrastructure;
import lms.testkit.KafkaProbe;
import lms.testkit.StubRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(properties = { "lms.media.cleanup.poll-interval=100ms", "lms.media.cleanup.initial-back-off=200ms",
		"lms.media.cleanup.max-back-off=500ms" })
@EmbeddedInfrastructure
class ImageCleanupTest {

	static final Duration WAIT = Duration.ofSeconds(30);

	final CloudinaryStub cloudinary = CloudinaryStub.shared();

	@Autowired
	MediaUploads uploads;

	@Autowired
	JsonMapper json;

	@Autowired
	MongoTemplate mongo;

	@Value("${spring.cloud.stream.kafka.binder.brokers}")
	String brokers;

	@AfterEach
	void recover() {
		this.cloudinary.recover();
	}

	@Test
	void replacedAvatarIsDestroyedOnceSignedAndMediaDeletedIsPublishedEvenWhenEventsRepeat() {
		String userId = "user-" + UUID.randomUUID();
		String old = upload(MediaUploads.AVATAR, userId);
		var event = new UserAvatarChanged(userId, "avatars/new-one", old);
		String eventId = UUID.randomUUID().toString();

		publish(event, eventId);
		publish(event, eventId);
		publish(event, UUID.randomUUID().toString());

		awaitDestroyed(old);
		JsonNode deleted = awaitMediaDeleted(old);
		assertThat(deleted.get("ownerType").asString()).isEqualTo("user");
		assertThat(deleted.get("ownerId").asString()).isEqualTo(userId);
		await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> destroyRequests(old).size() == 1);
		StubRequest destroy = destroyRequests(old).get(0);
		assertThat(destroy.status()).isEqualTo(200);
		assertThat(destroy.path()).isEqualTo("/v1_1/lms-test/image/destroy");
		assertThat(destroy.param("api_key")).isEqualTo("test-key");
		assertThat(destroy.param("invalidate")).isEqualTo("true");
		assertThat(Long.parseLong(destroy.param("timestamp"))).isLessThanOrEqualTo(Instant.now().getEpochSecond());
		assertThat(CloudinarySignature.verify(destroy.params(), this.cloudinary.apiSecret())).isTrue();
		assertThat(mediaDeleted(old)).hasSize(1);
		assertThat(this.mongo.findById(old, Asset.class).deletedAt()).isNotNull();
	}

	@Test
	void cleanUpWaitsOutACloudinaryOutageAndCompletesAfterRecovery() {
		String courseId = "course-" + UUID.randomUUID();
		String thumbnail = upload(MediaUploads.COURSE_THUMBNAIL, courseId);
		this.cloudinary.failWith(500);

		publish(new CourseDeleted(courseId, thumbnail), UUID.randomUUID().toString());

		await().atMost(WAIT).until(() -> destroyRequests(thumbnail).size() >= 3);
		assertThat(destroyRequests(thumbnail)).allSatisfy((request) -> assertThat(request.status()).isEqualTo(500));
		PendingDeletion pending = this.mongo.findById(thumbnail, PendingDeletion.class);
		assertThat(pending.status()).isEqualTo(PendingDeletion.Status.PENDING);
		assertThat(pending.attempts()).isGreaterThanOrEqualTo(2);
		assertThat(this.cloudinary.storedPublicIds()).contains(thumbnail);
		assertThat(mediaDeleted(thumbnail)).isEmpty();

		this.cloudinary.recover();

		awaitDestroyed(thumbnail);
		assertThat(awaitMediaDeleted(thumbnail).get("ownerType").asString()).isEqualTo("course");
		await().atMost(WAIT)
			.until(() -> this.mongo.findById(thumbnail, PendingDeletion.class).status() == PendingDeletion.Status.DONE);
	}

	@Test
	void deletedUsersReplacedThumbnailsAndBannersAreDestroyed() {
		String userId = "user-" + UUID.randomUUID();
		String avatar = upload(MediaUploads.AVATAR, userId);
		String courseId = "course-" + UUID.randomUUID();
		String thumbnail = upload(MediaUploads.COURSE_THUMBNAIL, courseId);
		String banner = upload(MediaUploads.LAYOUT_BANNER, "layout-1");

		publish(new UserDeleted(userId, avatar), UUID.randomUUID().toString());
		publish(new CourseUpdated(courseId, List.of("thumbnail"), thumbnail, "courses/newer"),
				UUID.randomUUID().toString());
		publish(new LayoutBannerReplaced("layout-1", banner, "layout/newer"), UUID.randomUUID().toString());

		awaitDestroyed(avatar);
		awaitDestroyed(thumbnail);
		awaitDestroyed(banner);
		assertThat(awaitMediaDeleted(banner).get("ownerType").asString()).isEqualTo("layout");
		assertThat(awaitMediaDeleted(avatar).get("ownerId").asString()).isEqualTo(userId);
		assertThat(awaitMediaDeleted(thumbnail).get("ownerId").asString()).isEqualTo(courseId);
	}

	@Test
	void keptImagesAreNotTouchedAndAnAlreadyMissingImageCountsAsDeleted() {
		String courseId = "course-" + UUID.randomUUID();
		String kept = upload(MediaUploads.COURSE_THUMBNAIL, courseId);
		String missing = "courses/never-existed-" + UUID.randomUUID();

		publish(new CourseUpdated(courseId, List.of("name"), kept, kept), UUID.randomUUID().toString());
		publish(new UserAvatarChanged("user-x", "avatars/first", null), UUID.randomUUID().toString());
		publish(new CourseDeleted("course-gone", missing), UUID.randomUUID().toString());

		assertThat(awaitMediaDeleted(missing).get("publicId").asString()).isEqualTo(missing);
		assertThat(destroyRequests(missing)).hasSize(1);
		assertThat(destroyRequests(kept)).isEmpty();
		assertThat(this.cloudinary.storedPublicIds()).contains(kept);
	}

	private String upload(String purpose, String owner) {
		return this.uploads.upload(TestImages.dataUrl("image/png", TestImages.png(40, 40)), purpose, owner).publicId();
	}

	private void publish(DomainEvent event, String eventId) {
		String type = EventCatalog.of(event.getClass()).type();
		String topic = EventCatalog.of(event.getClass()).topic();
		new KafkaProbe(this.brokers).send(topic, event.aggregateId(), this.json.writeValueAsString(event),
				Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, type, CloudEventHeaders.SPEC_VERSION,
						"1.0", CloudEventHeaders.SOURCE, "/test", CloudEventHeaders.SUBJECT, event.aggregateId()));
	}

	private void awaitDestroyed(String publicId) {
		await().atMost(WAIT).until(() -> !this.cloudinary.storedPublicIds().contains(publicId));
	}

	private JsonNode awaitMediaDeleted(String publicId) {
		await().atMost(WAIT).until(() -> !mediaDeleted(publicId).isEmpty());
		return this.json.readTree(mediaDeleted(publicId).get(0).value());
	}

	private List<ConsumerRecord<String, String>> mediaDeleted(String publicId) {
		return new KafkaProbe(this.brokers).recordsWithin(Topics.MEDIA_ASSET, Duration.ofMillis(500))
			.stream()
			.filter((record) -> publicId.equals(record.key()))
			.filter((record) -> "lms.media.MediaDeleted.v1".equals(KafkaProbe.header(record, CloudEventHeaders.TYPE)))
			.toList();
	}

	private List<StubRequest> destroyRequests(String publicId) {
		return this.cloudinary.requests()
			.stream()
			.filter((request) -> "destroy".equals(request.action()) && publicId.equals(request.param("public_id")))
			.toList();
	}

}
