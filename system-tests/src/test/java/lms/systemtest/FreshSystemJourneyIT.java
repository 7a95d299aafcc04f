package lms.systemtest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import lms.localstack.LocalStack;
import lms.localstack.ReceivedMail;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

import static lms.systemtest.Replies.expect;
import static lms.systemtest.Replies.expectStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A newcomer's first hour on a system started as {@code bin/run} starts it: an empty
 * database (only the demo admin) and no Stripe or VdoCipher account. The apps read empty
 * layouts as {@code layout: null}; the admin makes the first category, FAQ and banner
 * through the dashboard's own {@code edit-layout} calls and a course; a student signs up
 * and sees them; then buys the course through the local payment provider (pay → mark paid
 * on its desk → order → confirmation mail → the admin's notification, live on the
 * dashboard's socket) and gets a video OTP from the local VdoCipher stand-in.
 */
// In the faults lane: a stack of its own meets none of the faults' outages, and the
// journeys lane was the longer by about three minutes (decision "the lanes evened")
@ResourceLock(Lanes.FAULTS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FreshSystemJourneyIT {

	private static final String NO_LAYOUT = "{\"success\":true,\"layout\":null}";

	@AutoClose
	static LocalStack stack;

	static Accounts accounts;

	static Browser student;

	static String studentEmail;

	static String courseId;

	static String courseName;

	@BeforeAll
	static void startFreshSystem() {
		stack = SystemStack.startAlone(SystemStack.unconfigured("fresh")::start);
		accounts = new Accounts(stack);
		accounts.awaitSignInOpen();
	}

	@Test
	@Order(1)
	void theAdminMakesTheFirstLayoutsAndCourseThroughTheDashboardAndANewStudentSeesThem() {
		Browser visitor = new Browser(stack.gatewayUrl());
		for (String type : new String[] { "Banner", "FAQ", "Categories" }) {
			TestHttp.Response empty = visitor.get("/api/v1/get-layout/" + type);
			assertThat(empty.status()).isEqualTo(200);
			assertThat(empty.body()).isEqualTo(NO_LAYOUT);
		}
		assertThat(expect(200, visitor.get("/api/v1/get-courses")).get("courses").isEmpty()).isTrue();
		expectStatus(400, visitor.get("/api/v1/get-layout/Footer"));

		TokenClient admin = accounts.admin();
		assertThat(admin.get("/api/v1/get-layout/Categories").body()).isEqualTo(NO_LAYOUT);
		expect(200, admin.put("/api/v1/edit-layout", """
				{"type":"Categories","categories":[{"title":"Programming"}]}"""));
		expect(200, admin.put("/api/v1/edit-layout", """
				{"type":"FAQ","faq":[{"question":"Is it free?","answer":"Some courses are.","active":true}]}"""));
		expect(200, admin.put("/api/v1/edit-layout", """
				{"type":"Banner","image":"%s","title":"Learn anything","subTitle":"From day one"}"""
			.formatted(Images.pngDataUrl(0x3366CC))));
		courseName = "First course " + UUID.randomUUID();
		courseId = CourseDraft.of(courseName, 25)
			.withCategory("Programming")
			.withLesson("Welcome", "welcome-video")
			.createId(admin);

		studentEmail = Accounts.newEmail("first-student");
		student = new Browser(stack.gatewayUrl());
		accounts.signUp(student, "First Student", studentEmail, Accounts.PASSWORD);
		Accounts.logIn(student, studentEmail, Accounts.PASSWORD);
		assertThat(HomeLayouts.read(student, "Categories").get("categories").findValuesAsString("title"))
			.containsExactly("Programming");
		assertThat(HomeLayouts.read(student, "FAQ").get("faq").get(0).get("answer").asString())
			.isEqualTo("Some courses are.");
		JsonNode banner = HomeLayouts.read(student, "Banner").get("banner");
		assertThat(banner.get("title").asString()).isEqualTo("Learn anything");
		assertThat(banner.get("image").get("url").asString()).startsWith("http");
		assertThat(Catalog.awaitListed(student, courseId).get("categories").asString()).isEqualTo("Programming");
	}

	@Test
	@Order(2)
	void aDemoPurchaseGoesThroughTheLocalPaymentProvider() throws Exception {
		String desk = stack.paymentDeskUrl().orElseThrow();
		TokenClient admin = accounts.admin();
		try (DashboardSocket dashboard = DashboardSocket.withAuth(stack.gatewayUrl(), admin.accessToken())) {
			assertThat(
					expect(200, student.get("/api/v1/payment/stripepublisahblekey")).get("publishableKey").asString())
				.startsWith("pk_test_");
			String clientSecret = expect(201, student.post("/api/v1/payment", "{\"courseId\":\"" + courseId + "\"}"))
				.get("client_secret")
				.asString();
			String intentId = clientSecret.substring(0, clientSecret.indexOf("_secret_"));
			expectStatus(400, student.post("/api/v1/create-order", order(intentId)));

			HttpClient http = HttpClient.newHttpClient();
			assertThat(http.send(HttpRequest.newBuilder(URI.create(desk)).build(), HttpResponse.BodyHandlers.ofString())
				.body()).contains(intentId, "2500 usd", "Mark paid");
			HttpResponse<String> paid = http.send(HttpRequest.newBuilder(URI.create(desk + "pay/" + intentId))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(paid.statusCode()).isEqualTo(200);

			JsonNode order = expect(201, student.post("/api/v1/create-order", order(intentId))).get("order");
			assertThat(order.get("courseId").asString()).isEqualTo(courseId);
			Catalog.awaitEnrolled(student, courseId);
			ReceivedMail confirmation = accounts.mails().await(studentEmail, Mails.ORDER_CONFIRMATION);
			assertThat(confirmation.html()).contains(courseName).contains("$25");
			await().atMost(Duration.ofSeconds(30)).until(() -> dashboard.titlesAbout(courseId).contains("New Order"));
			JsonNode notifications = expect(200, admin.get("/api/v1/get-all-notifications")).get("notifications");
			assertThat(Replies.find(notifications, "message", "You have a new order from " + courseName)
				.get("title")
				.asString()).isEqualTo("New Order");

			JsonNode otp = expect(200, student.post("/api/v1/getVdoCipherOTP", "{\"videoId\":\"welcome-video\"}"));
			assertThat(otp.get("otp").asString()).isNotBlank();
			assertThat(otp.get("playbackInfo").asString()).isNotBlank();
		}
	}

	private static String order(String intentId) {
		return "{\"courseId\":\"" + courseId + "\",\"payment_info\":{\"id\":\"" + intentId + "\"}}";
	}

}
