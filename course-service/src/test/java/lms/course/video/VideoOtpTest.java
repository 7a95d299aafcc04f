package lms.course.video;

import lms.course.support.Api;
import lms.course.support.CourseServiceTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VideoOtpTest extends CourseServiceTest {

	@Test
	void anyLoggedInUserGetsAnOtpForADemoVideo() {
		createCourse("Demo course");
		VDOCIPHER.upload("demo-video-id");

		Api.Reply reply = user(newId()).post("/api/v1/getVdoCipherOTP", video("demo-video-id"));

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(read(reply).get("otp").asString()).isEqualTo("otp-demo-video-id");
		assertThat(read(reply).get("playbackInfo").asString()).isEqualTo("info-demo-video-id");
	}

	@Test
	void lessonVideosAreForEnrolledUsersAndAdminsOnly() {
		String courseId = createCourse("Protected videos");
		VDOCIPHER.upload("secret-video-1");
		String student = newId();
		String stranger = newId();
		enroll(student, courseId);

		Api.Reply refused = user(stranger).post("/api/v1/getVdoCipherOTP", video("secret-video-1"));

		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.body())
			.isEqualTo("{\"success\":false,\"message\":\"You are not eligible to access this video\"}");
		assertThat(user(student).post("/api/v1/getVdoCipherOTP", video("secret-video-1")).status()).isEqualTo(200);
		assertThat(admin().post("/api/v1/getVdoCipherOTP", video("secret-video-1")).status()).isEqualTo(200);
		assertThat(user(stranger).post("/api/v1/getVdoCipherOTP", video("unknown-video")).status()).isEqualTo(403);
	}

	@Test
	void loginAndAValidVideoIdAreRequired() {
		assertThat(anonymous().post("/api/v1/getVdoCipherOTP", video("demo-video-id")).status()).isEqualTo(401);
		assertThat(user(newId()).post("/api/v1/getVdoCipherOTP", "{}").status()).isEqualTo(422);
		assertThat(user(newId()).post("/api/v1/getVdoCipherOTP", video("../admin")).status()).isEqualTo(422);
	}

	@Test
	void videoUnknownToVdoCipherIsNotFound() {
		Api.Reply reply = admin().post("/api/v1/getVdoCipherOTP", video("never-uploaded"));

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.body()).isEqualTo("{\"success\":false,\"message\":\"Video not found\"}");
	}

	@Test
	void vdoCipherFailingAnswers502() {
		VDOCIPHER.upload("demo-video-id");
		VDOCIPHER.failWith(500);
		try {
			Api.Reply reply = admin().post("/api/v1/getVdoCipherOTP", video("demo-video-id"));

			assertThat(reply.status()).isEqualTo(502);
			assertThat(reply.body())
				.isEqualTo("{\"success\":false,\"message\":\"Video service unavailable, try again shortly\"}");
		}
		finally {
			VDOCIPHER.recover();
		}
	}

	@Test
	void vdoCipherNotAnsweringInTimeAnswers503() {
		VDOCIPHER.upload("demo-video-id");
		VDOCIPHER.hang();
		try {
			Api.Reply reply = admin().post("/api/v1/getVdoCipherOTP", video("demo-video-id"));

			assertThat(reply.status()).isEqualTo(503);
			assertThat(read(reply).get("message").asString()).isEqualTo("Video service unavailable, try again shortly");
		}
		finally {
			VDOCIPHER.recover();
		}
	}

	private static String video(String videoId) {
		return "{\"videoId\":\"" + videoId + "\"}";
	}

}
