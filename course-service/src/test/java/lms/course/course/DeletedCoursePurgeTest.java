package lms.course.course;

import java.time.Duration;
import java.time.Instant;

import lms.course.support.CourseServiceTest;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeletedCoursePurgeTest extends CourseServiceTest {

	@Autowired
	DeletedCoursePurge purge;

	@Test
	void aDeletedCourseIsRemovedOnlyOnceItsEventHasLeft() {
		String id = createCourse("Short-lived");
		assertThat(admin().delete("/api/v1/delete-course/" + id).status()).isEqualTo(200);
		assertThat(this.purge.purgeDeletedBefore(Instant.now().minusSeconds(60))).as("within the grace period")
			.isZero();
		assertThat(this.mongo.findById(new ObjectId(id), Course.class, "courses")).isNotNull();

		awaitCourseEvent(id, "lms.course.CourseDeleted.v1");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.mongo.findById(new ObjectId(id), Course.class, "courses").outbox().isEmpty());
		this.purge.purgeDeletedBefore(Instant.now().plusSeconds(1));

		assertThat(this.mongo.findById(new ObjectId(id), Course.class, "courses")).isNull();
	}

	@Test
	void liveCoursesAreNeverPurged() {
		String id = createCourse("Long-lived");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.mongo.findById(new ObjectId(id), Course.class, "courses").outbox().isEmpty());
		this.purge.purgeDeletedBefore(Instant.now().plusSeconds(1));
		assertThat(anonymous().get("/api/v1/get-course/" + id).status()).isEqualTo(200);
	}

}
