package lms.systemtest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import lms.localstack.DemoAdmin;
import lms.localstack.LocalStack;
import lms.localstack.ReceivedMail;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the mobile and admin clients do, call by call, through the gateway with header
 * tokens: sign up, activate with the mailed code, log in, read the catalog an admin just
 * filled, and log out.
 */
class LearnerJourneyIT {

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
	void aLearnerSignsUpWithTheMailedCodeLogsInReadsTheCatalogAndLogsOut() throws IOException {
		String email = "lee-" + UUID.randomUUID() + "@example.com";
		String token = read(expect(201,
				gateway.postJson("/api/v1/registration",
						"{\"name\":\"Lee\",\"email\":\"" + email + "\",\"password\":\"secret12\"}")))
			.get("activationToken")
			.asString();
		String code = codeIn(stack.mailbox().awaitTo(email, Duration.ofSeconds(30)));

		expect(201, gateway.postJson("/api/v1/activate-user",
				"{\"activation_token\":\"" + token + "\",\"activation_code\":\"" + code + "\"}"));
		assertThat(stack.mailbox()
			.await((mail) -> mail.isTo(email) && mail.subject().startsWith("Welcome"), Duration.ofSeconds(30))
			.html()).contains("Lee");

		JsonNode login = read(expect(200,
				gateway.postJson("/api/v1/login", "{\"email\":\"" + email + "\",\"password\":\"secret12\"}")));
		String learner = login.get("accessToken").asString();
		assertThat(login.get("refreshToken").asString()).isNotBlank();
		assertThat(login.get("user").get("email").asString()).isEqualTo(email);
		assertThat(login.get("user").has("password")).isFalse();
		JsonNode me = read(expect(200, gateway.get("/api/v1/me", "access-token", learner)));
		assertThat(me.get("user").get("role").asString()).isEqualTo("user");

		String courseId = createFreeCourseAsAdmin("Journey course " + UUID.randomUUID());
		// The gateway's edge cache learns of the new course from its CourseCreated event.
		String catalog = await().atMost(Duration.ofSeconds(10))
			.until(() -> expect(200, gateway.get("/api/v1/get-courses")).body(), (body) -> body.contains(courseId));
		assertThat(catalog).doesNotContain("videoUrl").doesNotContain("secret-lesson");
		JsonNode course = read(expect(200, gateway.get("/api/v1/get-course/" + courseId))).get("course");
		assertThat(course.get("courseData").get(0).has("videoUrl")).isFalse();
		String thumbnail = course.get("thumbnail").get("url").asString();
		assertThat(new TestHttp("").get(thumbnail).status()).isEqualTo(200);
		TestHttp.Response content = gateway.get("/api/v1/get-course-content/" + courseId, "access-token", learner);
		assertThat(content.status()).isEqualTo(404);
		assertThat(content.body()).contains("You are not eligible to access this course");

		expect(200, gateway.get("/api/v1/logout", "access-token", learner));
		assertThat(gateway.get("/api/v1/me", "access-token", learner).status()).isEqualTo(401);
	}

	private String createFreeCourseAsAdmin(String name) throws IOException {
		DemoAdmin admin = stack.options().demoAdmin();
		String adminToken = read(expect(200,
				gateway.postJson("/api/v1/login",
						"{\"email\":\"" + admin.email() + "\",\"password\":\"" + admin.password() + "\"}")))
			.get("accessToken")
			.asString();
		String body = """
				{"name":"%s","description":"A journey","categories":"Testing","price":0,"estimatedPrice":10,
				 "tags":"e2e","level":"Beginner","demoUrl":"demo-1","thumbnail":"%s",
				 "benefits":[{"title":"Confidence"}],"prerequisites":[{"title":"None"}],
				 "courseData":[{"title":"One","description":"First","videoUrl":"secret-lesson","videoSection":"S",
				   "videoLength":3,"links":[{"title":"Doc","url":"https://docs.example/1"}],"suggestion":"Go"}]}
				""".formatted(name, pngDataUrl());
		return read(expect(201, gateway.postJson("/api/v1/create-course", body, "access-token", adminToken)))
			.get("course")
			.get("_id")
			.asString();
	}

	private static String codeIn(ReceivedMail mail) {
		assertThat(mail.subject()).isEqualTo("Activate your account");
		Matcher matcher = CODE.matcher(mail.text().replace("\r", ""));
		assertThat(matcher.find()).as(mail.text()).isTrue();
		return matcher.group(1);
	}

	private static String pngDataUrl() throws IOException {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x336699);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
	}

	private static TestHttp.Response expect(int status, TestHttp.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		return response;
	}

	private JsonNode read(TestHttp.Response response) {
		return this.json.readTree(response.body());
	}

}
