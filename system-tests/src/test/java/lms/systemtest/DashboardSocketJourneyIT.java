package lms.systemtest;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lms.localstack.LmsService;
import lms.localstack.ServiceProcess;

import org.junit.jupiter.api.Test;

import static lms.systemtest.Replies.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The original dashboards' live notifications through the gateway's {@code /socket.io/}:
 * the web app's admin (cookie) and the admin app (token in {@code auth}) hear a new
 * order, question and review as {@code newNotification}; a student's and an anonymous
 * socket stay connected and hear nothing, and what a client emits itself reaches nobody.
 * A dashboard connected through a second gateway instance hears the same.
 */
class DashboardSocketJourneyIT extends Journey {

	private static final Duration EVENTUALLY = Duration.ofSeconds(30);

	@Test
	void adminDashboardsHearOrdersQuestionsAndReviewsAndNobodyElseHearsAnything() {
		String gateway = gatewayUrl;
		Browser webAdmin = new Browser(gateway);
		Accounts.logIn(webAdmin, accounts.demoAdmin().email(), accounts.demoAdmin().password());
		Member learner = accounts.newMember("Sam Socket");
		try (DashboardSocket webDashboard = DashboardSocket.withCookie(gateway,
				webAdmin.cookie("access_token").orElseThrow().getValue());
				DashboardSocket adminApp = DashboardSocket.withAuth(gateway, freshAdminToken());
				DashboardSocket student = DashboardSocket.withAuth(gateway, learner.app().accessToken());
				DashboardSocket stranger = DashboardSocket.anonymous(gateway)) {
			student.emitNotification("New Order", "Forged by a student");
			stranger.emitNotification("New Order", "Forged by a stranger");

			String courseName = "Socket course " + UUID.randomUUID();
			String lessonTitle = "Socket lesson " + UUID.randomUUID();
			String courseId = CourseDraft.of(courseName, 0)
				.withLesson(lessonTitle, "socket-video")
				.createId(accounts.admin());
			expect(201, learner.app()
				.post("/api/v1/create-mobile-order", "{\"courseId\":\"" + courseId + "\",\"payment_info\":{}}"));
			Catalog.awaitEnrolled(learner.app(), courseId);
			String lessonId = Catalog.lessons(learner.app(), courseId).get(0).get("_id").asString();
			expect(200, learner.app().put("/api/v1/add-question", """
					{"question":"Live?","courseId":"%s","contentId":"%s"}""".formatted(courseId, lessonId)));
			expect(200, learner.app().put("/api/v1/add-review/" + courseId, "{\"review\":\"Live\",\"rating\":4}"));

			List<String> expected = List.of("New Order", "New Question Received", "New Review Received");
			for (DashboardSocket dashboard : List.of(webDashboard, adminApp)) {
				await().atMost(EVENTUALLY).until(() -> dashboard.titlesAbout(courseId).size() >= 3);
				assertThat(dashboard.titlesAbout(courseId)).containsExactlyInAnyOrderElementsOf(expected);
				assertThat(dashboard.heard()).noneMatch((heard) -> heard.optString("message").startsWith("Forged"));
			}
			assertThat(student.heard()).isEmpty();
			assertThat(stranger.heard()).isEmpty();
			assertThat(student.isConnected()).isTrue();
			assertThat(stranger.isConnected()).isTrue();
			assertThat(DashboardSocket.refusedFromOrigin(gateway, "https://elsewhere.example",
					webAdmin.cookie("access_token").orElseThrow().getValue()))
				.isTrue();
		}
	}

	@Test
	void anAdminDashboardOnASecondGatewayHearsANewReview() {
		ServiceProcess secondGateway = RunningSystem.stack().startTwin(LmsService.GATEWAY, Map.of());
		try (DashboardSocket adminApp = DashboardSocket.withAuth(secondGateway.url(), freshAdminToken())) {
			Member learner = accounts.newMember("Rey Review");
			String courseId = CourseDraft.of("Second gateway course " + UUID.randomUUID(), 0)
				.withLesson("Second gateway lesson", "second-gateway-video")
				.createId(accounts.admin());
			expect(201, learner.app()
				.post("/api/v1/create-mobile-order", "{\"courseId\":\"" + courseId + "\",\"payment_info\":{}}"));
			Catalog.awaitEnrolled(learner.app(), courseId);
			expect(200, learner.app().put("/api/v1/add-review/" + courseId, "{\"review\":\"Heard\",\"rating\":5}"));

			await().atMost(EVENTUALLY).until(() -> adminApp.titlesAbout(courseId).size() >= 2);
			assertThat(adminApp.titlesAbout(courseId)).containsExactlyInAnyOrder("New Order", "New Review Received");
		}
		finally {
			secondGateway.stop();
		}
	}

	/**
	 * A token of its own: the shared admin app's may be older than its 5 minutes by now,
	 * and the handshake takes no refresh token.
	 */
	private static String freshAdminToken() {
		return accounts.logIn(accounts.demoAdmin().email(), accounts.demoAdmin().password()).accessToken();
	}

}
