package lms.course.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import lms.course.course.CourseChanged;
import lms.course.support.Api;
import lms.events.CloudEventHeaders;
import lms.events.Topics;
import lms.kit.cache.EventPosition;
import lms.course.support.CourseServiceTest;
import lms.testkit.EmbeddedRedis;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class CatalogTest extends CourseServiceTest {

	@Autowired
	LocalCatalogCache local;

	@Autowired
	RedisCatalogCache redisCache;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	CatalogPosition position;

	@Autowired
	CatalogEviction eviction;

	@Autowired
	Consumer<Message<byte[]>> courseCache;

	@Test
	void theCatalogShowsCoursesWithoutTheirPaidContent() {
		String id = createCourse("Public face");

		JsonNode listed = read(anonymous().get("/api/v1/get-courses")).get("courses")
			.valueStream()
			.filter((c) -> c.get("_id").asString().equals(id))
			.findFirst()
			.orElseThrow();
		JsonNode single = read(anonymous().get("/api/v1/get-course/" + id)).get("course");

		for (JsonNode course : new JsonNode[] { listed, single }) {
			assertThat(course.get("name").asString()).isEqualTo("Public face");
			assertThat(course.get("thumbnail").get("url").asString()).startsWith("https://");
			assertThat(course.get("courseData")).hasSize(2);
			JsonNode lesson = course.get("courseData").get(0);
			assertThat(lesson.get("title").asString()).isEqualTo("Intro");
			assertThat(lesson.get("videoSection").asString()).isEqualTo("Basics");
			assertThat(lesson.get("videoLength").asDouble()).isEqualTo(12.0);
			assertThat(lesson.has("videoUrl") || lesson.has("links") || lesson.has("suggestion")
					|| lesson.has("questions"))
				.isFalse();
		}
	}

	@Test
	void theCatalogCanBeSearchedAndPaged() {
		String first = createCourse("Zebra husbandry 1");
		String second = createCourse("Zebra husbandry 2");
		createCourse("Something else");

		JsonNode found = read(anonymous().get("/api/v1/get-courses?q=zebra%20HUSBANDRY")).get("courses");
		assertThat(found.findValuesAsString("_id")).contains(first, second);
		assertThat(found.findValuesAsString("name")).allMatch((n) -> n.startsWith("Zebra husbandry"));
		JsonNode page2 = read(anonymous().get("/api/v1/get-courses?q=zebra+husbandry&page=2&limit=1")).get("courses");
		assertThat(page2).hasSize(1);
		assertThat(page2.get(0).get("_id").asString()).isIn(first, second);
		assertThat(anonymous().get("/api/v1/get-courses?limit=1").body()).contains("\"courses\":[{");
		assertThat(read(anonymous().get("/api/v1/get-courses?limit=1")).get("courses")).hasSize(1);
		assertThat(anonymous().get("/api/v1/get-courses?page=0").status()).isEqualTo(400);
		assertThat(anonymous().get("/api/v1/get-courses?limit=abc").status()).isEqualTo(400);
	}

	@Test
	void anInvalidTokenIsIgnoredOnPublicPathsOnly() {
		Api forged = anonymous().as("not.a.token");
		assertThat(forged.get("/api/v1/get-courses").status()).isEqualTo(200);
		assertThat(forged.get("/api/v1/get-layout/Footer").status()).isEqualTo(400);
		assertThat(forged.get("/api/v1/get-my-courses").status()).isEqualTo(401);
	}

	@Test
	void anUnknownCourseIsNotFound() {
		assertThat(anonymous().get("/api/v1/get-course/" + newId()).body())
			.isEqualTo("{\"success\":false,\"message\":\"Course not found\"}");
		assertThat(anonymous().get("/api/v1/get-course/nonsense").status()).isEqualTo(404);
	}

	@Test
	void answersCarryAStrongEtagAndRevalidateTo304() {
		String id = createCourse("Tagged");
		Api.Reply first = anonymous().get("/api/v1/get-course/" + id);
		String etag = first.header("ETag");
		assertThat(etag).matches("\"[0-9a-f]{32}\"");
		assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=0, must-revalidate");

		Api.Reply again = anonymous().get("/api/v1/get-course/" + id, "If-None-Match", etag);
		assertThat(again.status()).isEqualTo(304);
		assertThat(again.bytes()).isEmpty();

		admin().put("/api/v1/edit-course/" + id, "{\"name\":\"Tagged again\"}");
		Api.Reply changed = anonymous().get("/api/v1/get-course/" + id, "If-None-Match", etag);
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.header("ETag")).isNotEqualTo(etag);
		Api.Reply list = anonymous().get("/api/v1/get-courses");
		assertThat(anonymous().get("/api/v1/get-courses", "If-None-Match", list.header("ETag")).status())
			.isEqualTo(304);
	}

	@Test
	void answersAreGzippedWhenTheClientAcceptsIt() throws IOException {
		createCourse("Compressed");
		Api.Reply plain = anonymous().get("/api/v1/get-courses");
		Api.Reply zipped = anonymous().get("/api/v1/get-courses", "Accept-Encoding", "gzip, deflate");

		assertThat(zipped.header("Content-Encoding")).isEqualTo("gzip");
		assertThat(plain.header("Content-Encoding")).isNull();
		assertThat(zipped.header("Vary")).contains("Accept-Encoding");
		assertThat(zipped.header("ETag")).isEqualTo(plain.header("ETag"));
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.bytes()))) {
			assertThat(in.readAllBytes()).isEqualTo(plain.bytes());
		}
		assertThat(zipped.bytes().length).isLessThan(plain.bytes().length);
	}

	@Test
	void readsComeFromTheInProcessCacheThenRedisAndEveryWriteEvicts() {
		String id = createdAndSettled("Cached");
		behindTheServicesBack(id, "Changed in the database");

		assertThat(name(id)).as("in-process cache").isEqualTo("Cached");
		this.local.evictAll();
		assertThat(name(id)).as("Redis").isEqualTo("Cached");

		String generation = this.redisCache.generation().orElseThrow();
		assertThat(this.redis.hasKey(RedisCatalogCache.PREFIX + generation)).isTrue();

		admin().put("/api/v1/edit-course/" + id, "{\"description\":\"An edit evicts\"}");
		assertThat(name(id)).isEqualTo("Changed in the database");
		assertThat(this.redis.hasKey(RedisCatalogCache.PREFIX + generation)).as("the old generation is deleted")
			.isFalse();
	}

	@Test
	void aWriteLoadsTheCourseAgainBeforeAnyoneReadsIt() {
		String id = createdAndSettled("Refilled on write");
		behindTheServicesBack(id, "Refilled after the write");

		this.eviction.courseWritten(new CourseChanged(id));

		await().atMost(Duration.ofSeconds(10)).until(() -> cachedName(id).contains("Refilled after the write"));
	}

	@Test
	void anotherInstancesCourseEventLoadsThatCourseAgainBeforeAnyoneReadsIt() {
		String id = createdAndSettled("Refilled on the event");
		behindTheServicesBack(id, "Refilled after the event");
		// what the instance that wrote does before its event leaves
		this.redisCache.bump();

		this.courseCache.accept(MessageBuilder.withPayload(new byte[0])
			.setHeader(KafkaHeaders.RECEIVED_TOPIC, Topics.COURSE_COURSE)
			.setHeader(CloudEventHeaders.TYPE, "lms.course.CourseUpdated.v1")
			.setHeader(CloudEventHeaders.SUBJECT, id.getBytes(StandardCharsets.UTF_8))
			.build());

		await().atMost(Duration.ofSeconds(10)).until(() -> cachedName(id).contains("Refilled after the event"));
	}

	@Test
	void anAnswerFromBeforeACourseEventThisInstanceHasReadIsNeitherServedNorTakenFromRedis() {
		String id = createdAndSettled("Before the event");
		EventPosition before = EventPosition
			.parse(anonymous().get("/api/v1/get-course/" + id).header(EventPosition.HEADER));
		String course = before.offsets()
			.keySet()
			.stream()
			.filter((key) -> key.startsWith("lms.course.course:"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("answers tell how far into the course events they reflect"));
		behindTheServicesBack(id, "After the event");

		// the event of that change read before its generation bump reached Redis: both
		// levels still hold the answer from before it
		int partition = Integer.parseInt(course.substring(course.lastIndexOf(':') + 1));
		EventPosition seen = this.position.holder()
			.advance("lms.course.course", partition, before.offsets().get(course) + 1);

		Api.Reply after = anonymous().get("/api/v1/get-course/" + id);
		assertThat(read(after).get("course").get("name").asString()).isEqualTo("After the event");
		assertThat(EventPosition.parse(after.header(EventPosition.HEADER)).covers(seen)).isTrue();
	}

	@Test
	void junkQueriesEvictNoCourseAnswerAndNeverReachRedis() {
		String id = createdAndSettled("Junk proof");
		String etag = anonymous().get("/api/v1/get-courses?q=junk%20proof").header("ETag");
		String generation = this.redisCache.generation().orElseThrow();
		Set<String> redisBefore = this.redis.keys(RedisCatalogCache.PREFIX + "*");
		behindTheServicesBack(id, "Changed in the database");
		this.redis.delete(RedisCatalogCache.PREFIX + generation);

		for (int i = 0; i < 300; i++) {
			String junk = switch (i % 3) {
				case 0 -> "q=junk-" + i;
				case 1 -> "q=JUNK%20%20PROOF&page=" + i;
				default -> "page=" + (i + 2) + "&limit=" + (1 + i % 100);
			};
			assertThat(anonymous().get("/api/v1/get-courses?" + junk).status()).isEqualTo(200);
		}

		assertThat(name(id)).as("still the in-process answer").isEqualTo("Junk proof");
		assertThat(anonymous().get("/api/v1/get-courses?q=%20Junk%20%20PROOF").header("ETag")).isEqualTo(etag);
		assertThat(this.redis.keys(RedisCatalogCache.PREFIX + "*")).isSubsetOf(redisBefore);
		assertThat(this.local.size()).isLessThanOrEqualTo(10_000 + 1_000);
	}

	@Test
	void withRedisDownTheCatalogIsServedFromMongoDb() {
		String id = createCourse("Resilient");
		assertThat(name(id)).isEqualTo("Resilient");
		EmbeddedRedis redis = EmbeddedRedis.shared();
		redis.stop();
		try {
			this.local.evictAll();
			assertThat(anonymous().get("/api/v1/get-courses").status()).isEqualTo(200);
			Api.Reply edit = admin().put("/api/v1/edit-course/" + id, "{\"name\":\"Edited without Redis\"}");
			assertThat(edit.status()).isEqualTo(200);
			assertThat(name(id)).isEqualTo("Edited without Redis");
		}
		finally {
			redis.start();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> this.redisCache.generation().isPresent());
		this.local.evictAll();
		assertThat(name(id)).as("no stale Redis entry after the outage").isEqualTo("Edited without Redis");
	}

	/**
	 * A new course, read once after its own event came back from Kafka and evicted once
	 * more (whether before or after the write's answer), so nothing evicts what the test
	 * reads next.
	 */
	private String createdAndSettled(String name) {
		await().atMost(Duration.ofSeconds(10)).until(() -> this.redisCache.generation().isPresent());
		String id = createCourse(name);
		ConsumerRecord<String, String> created = awaitCourseEvent(id, "lms.course.CourseCreated.v1");
		EventPosition read = EventPosition.START.after(created.topic(), created.partition(), created.offset());
		await().atMost(Duration.ofSeconds(20)).until(() -> this.position.holder().current().covers(read));
		assertThat(name(id)).isEqualTo(name);
		return id;
	}

	private String name(String id) {
		Api.Reply reply = anonymous().get("/api/v1/get-course/" + id);
		assertThat(reply.status()).isEqualTo(200);
		return read(reply).get("course").get("name").asString();
	}

	/**
	 * The in-process level's answer for the course, as text; empty when it holds none.
	 */
	private String cachedName(String id) {
		CachedResponse cached = this.local.get(CatalogReader.COURSE + id);
		return (cached != null) ? new String(cached.json(), StandardCharsets.UTF_8) : "";
	}

	private void behindTheServicesBack(String id, String name) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(id))), Update.update("name", name),
				"courses");
	}

}
