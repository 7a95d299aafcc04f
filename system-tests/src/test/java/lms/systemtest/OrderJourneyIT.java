package lms.systemtest;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lms.localstack.DemoAdmin;
import lms.localstack.LocalStack;
import lms.localstack.ReceivedMail;
import lms.testkit.StripeStub;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Buying a course end to end through the gateway: pay → order → the course appears in the
 * user's {@code me.courses} → its content opens → the confirmation mail arrives; and a
 * PaymentIntent that did not succeed buys nothing.
 */
class OrderJourneyIT {

	private static final Pattern CODE = Pattern.compile("(?m)^\\s+(\\d{4})\\s*$");

	static LocalStack stack;

	static TestHttp gateway;

	final JsonMapper json = JsonMapper.builder().build();

	@BeforeAll
	static void startSystem() {
		stack = RunningSystem.stack();
		gateway = new TestHttp(stack.gatewayUrl());
	}

	@Test
	void aPaidCourseIsBoughtWithASucceededPaymentAndOpensForTheBuyer() {
		String email = "buyer-" + UUID.randomUUID() + "@example.com";
		String buyer = signUpAndLogIn(email);
		String courseName = "Paid journey " + UUID.randomUUID();
		String courseId = createCourseAsAdmin(courseName, 49);

		String clientSecret = read(expect(201,
				gateway.postJson("/api/v1/payment", "{\"courseId\":\"" + courseId + "\"}", "access-token", buyer)))
			.get("client_secret")
			.asString();
		StripeStub stripe = RunningSystem.stripe();
		String paymentIntent = stripe.idOf(clientSecret);
		TestHttp.Response unpaid = gateway.postJson("/api/v1/create-order", order(courseId, paymentIntent),
				"access-token", buyer);
		assertThat(unpaid.status()).isEqualTo(400);
		stripe.succeed(paymentIntent);

		JsonNode order = read(expect(201,
				gateway.postJson("/api/v1/create-order", order(courseId, paymentIntent), "access-token", buyer)));
		assertThat(order.get("order").get("courseId").asString()).isEqualTo(courseId);
		assertThat(gateway.postJson("/api/v1/create-order", order(courseId, paymentIntent), "access-token", buyer)
			.status()).isEqualTo(409);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> read(gateway.get("/api/v1/me", "access-token", buyer)).get("user")
				.get("courses")
				.findValuesAsString("_id")
				.contains(courseId));
		JsonNode content = read(
				expect(200, gateway.get("/api/v1/get-course-content/" + courseId, "access-token", buyer)));
		assertThat(content.get("content").get(0).get("videoUrl").asString()).isEqualTo("paid-lesson");
		ReceivedMail confirmation = stack.mailbox()
			.await((mail) -> mail.isTo(email) && mail.subject().equals("Order Confirmation"), Duration.ofSeconds(30));
		assertThat(confirmation.html()).contains(courseName).contains("$49").contains(courseId.substring(0, 6));
	}

	private static String order(String courseId, String paymentIntent) {
		return "{\"courseId\":\"" + courseId + "\",\"payment_info\":{\"id\":\"" + paymentIntent + "\"}}";
	}

	private String signUpAndLogIn(String email) {
		String token = read(expect(201,
				gateway.postJson("/api/v1/registration",
						"{\"name\":\"Buyer\",\"email\":\"" + email + "\",\"password\":\"secret12\"}")))
			.get("activationToken")
			.asString();
		ReceivedMail mail = stack.mailbox().awaitTo(email, Duration.ofSeconds(30));
		Matcher code = CODE.matcher(mail.text().replace("\r", ""));
		assertThat(code.find()).as(mail.text()).isTrue();
		expect(201, gateway.postJson("/api/v1/activate-user",
				"{\"activation_token\":\"" + token + "\",\"activation_code\":\"" + code.group(1) + "\"}"));
		return login(email, "secret12");
	}

	private String createCourseAsAdmin(String name, int price) {
		DemoAdmin admin = stack.options().demoAdmin();
		String body = """
				{"name":"%s","description":"Worth paying for","categories":"Testing","price":%d,"estimatedPrice":99,
				 "tags":"e2e","level":"Advanced","demoUrl":"demo-paid","thumbnail":"",
				 "benefits":[{"title":"Depth"}],"prerequisites":[{"title":"Some"}],
				 "courseData":[{"title":"Deep","description":"Inside","videoUrl":"paid-lesson","videoSection":"S",
				   "videoLength":9,"links":[],"suggestion":"Focus"}]}
				""".formatted(name, price);
		return read(expect(201, gateway.postJson("/api/v1/create-course", body, "access-token",
				login(admin.email(), admin.password()))))
			.get("course")
			.get("_id")
			.asString();
	}

	private String login(String email, String password) {
		return read(expect(200,
				gateway.postJson("/api/v1/login", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")))
			.get("accessToken")
			.asString();
	}

	private static TestHttp.Response expect(int status, TestHttp.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response;
	}

	private JsonNode read(TestHttp.Response response) {
		return this.json.readTree(response.body());
	}

}
