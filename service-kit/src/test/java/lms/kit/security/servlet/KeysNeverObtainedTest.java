package lms.kit.security.servlet;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;

import lms.kit.security.JwksStub;
import lms.testkit.SigningKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * identity hangs from the start: the JWKS fetch times out and no key was ever obtained,
 * so a user's token can be neither accepted nor refused. The contract's answer is 503
 * (clients retry instead of logging the user out), never a 500.
 */
@SpringBootTest(classes = ServletTokenVerificationTest.App.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "lms.security.jwks-timeout=300ms")
class KeysNeverObtainedTest {

	static final SigningKey KEY = SigningKey.ec("ec-1");

	static final String UNAVAILABLE = "{\"success\":false,\"message\":\"Authentication is temporarily unavailable, try again shortly\"}";

	static final JwksStub identity = hanging(JwksStub.start(KEY));

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void identityUrl(DynamicPropertyRegistry registry) {
		registry.add("lms.services.identity.url", () -> identity.url().replace(JwksStub.PATH, ""));
	}

	@AfterAll
	static void stopIdentity() {
		identity.close();
	}

	@Test
	void aUsersTokenIsAnswered503WhileTheJwksFetchTimesOut() throws Exception {
		for (int attempt = 0; attempt < 3; attempt++) {
			HttpResponse<String> response = get("/me", KEY.token("u1", "user", Instant.now()));

			assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
			assertThat(response.body()).isEqualTo(UNAVAILABLE);
		}
		assertThat(identity.requests()).as("the fetch reached the hanging identity").isPositive();
	}

	private static JwksStub hanging(JwksStub stub) {
		stub.hang();
		return stub;
	}

	private HttpResponse<String> get(String path, String token) throws Exception {
		try (HttpClient http = HttpClient.newHttpClient()) {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Authorization", "Bearer " + token)
				.build();
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
	}

}
