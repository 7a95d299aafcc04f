package lms.localstack.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few contract calls the benchmark makes, over plain HTTP/1.1 keep-alive.
 */
final class LmsClient {

	private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern COURSE_ID = Pattern.compile("\"_id\"\\s*:\\s*\"([0-9a-f]{24})\"");

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	record Response(int status, String body) {
	}

	/** Logs in and returns the access token. */
	String login(String baseUrl, String email, String password) {
		Response response = expect(200, send("POST", baseUrl + "/api/v1/login", null,
				"{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
		return find(ACCESS_TOKEN, response.body(), "an access token");
	}

	/** Creates a one-lesson course as the admin and returns its id. */
	String createCourse(String baseUrl, String token, String name) {
		String body = "{\"name\":\"" + name + "\",\"description\":\"A course the benchmark edits\","
				+ "\"categories\":\"Backend\",\"price\":\"0\",\"estimatedPrice\":\"10\",\"tags\":\"bench\","
				+ "\"level\":\"Beginner\",\"demoUrl\":\"demo\",\"thumbnail\":\"\",\"totalVideos\":\"1\","
				+ "\"benefits\":[{\"title\":\"Speed\"}],\"prerequisites\":[{\"title\":\"None\"}],"
				+ "\"courseData\":[{\"title\":\"Lesson 1\",\"description\":\"The only lesson\",\"videoUrl\":\"v1\","
				+ "\"videoSection\":\"Section 1\",\"videoLength\":\"5\",\"videoPlayer\":\"vdocipher\",\"links\":[],"
				+ "\"suggestion\":\"none\"}]}";
		Response response = expect(201, send("POST", baseUrl + "/api/v1/create-course", token, body));
		return find(COURSE_ID, response.body(), "a course id");
	}

	/** Renames the course (an edit keeps every field the body leaves out). */
	void renameCourse(String baseUrl, String token, String id, String name) {
		Response response = send("PUT", baseUrl + "/api/v1/edit-course/" + id, token, "{\"name\":\"" + name + "\"}");
		if (response.status() != 200 && response.status() != 201) {
			expect(200, response);
		}
	}

	void register(String baseUrl, String name, String email, String password) {
		expect(201, send("POST", baseUrl + "/api/v1/registration", null,
				"{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"));
	}

	Response get(String url) {
		return send("GET", url, null, null);
	}

	private Response send(String method, String url, String token, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		request.method(method,
				(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + url + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static Response expect(int status, Response response) {
		if (response.status() != status) {
			throw new IllegalStateException("Expected " + status + " but got " + response.status() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return response;
	}

	private static String find(Pattern pattern, String body, String what) {
		Matcher matcher = pattern.matcher(body);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + what + " in " + body.substring(0, Math.min(300, body.length())));
		}
		return matcher.group(1);
	}

}
