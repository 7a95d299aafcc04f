package lms.identity.token;

import java.time.Instant;
import java.util.Base64;

import com.nimbusds.jwt.SignedJWT;
import lms.identity.support.Http;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The internal doors: identity's token endpoint issues service tokens for client
 * credentials, and every internal route admits only a service token with its scope.
 */
class ServiceCredentialsTest extends IdentityTest {

	static final String REFUSED = "{\"success\":false,\"message\":\"Valid service credentials are required\"}";

	@Test
	void theTokenEndpointIssuesAServiceTokenCarryingTheClientsScopes() throws Exception {
		Http.Reply reply = this.http.postForm("/internal/oauth2/token", "grant_type=client_credentials",
				"Authorization", basic("course", COURSE_SECRET));

		assertThat(reply.status()).as(reply.body()).isEqualTo(200);
		assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
		JsonNode body = body(reply);
		assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
		assertThat(body.get("expires_in").asLong()).isEqualTo(300);
		assertThat(body.get("scope").asString()).isEqualTo("users:read media:upload");
		SignedJWT token = SignedJWT.parse(body.get("access_token").asString());
		assertThat(token.getHeader().getType().getType()).isEqualTo("at+jwt");
		assertThat(token.getJWTClaimsSet().getAudience()).containsExactly("lms-internal");
		assertThat(token.getJWTClaimsSet().getSubject()).isEqualTo("course");
	}

	@Test
	void theTokenEndpointRefusesWrongOrMissingClientCredentials() {
		for (String[] credentials : new String[][] { {}, { "Authorization", basic("course", "wrong") },
				{ "Authorization", basic("intruder", COURSE_SECRET) }, { "Authorization", basic("identity", "") },
				{ "Authorization", basic("media", "anything") } }) {
			Http.Reply reply = this.http.postForm("/internal/oauth2/token", "grant_type=client_credentials",
					credentials);
			assertThat(reply.status()).as(String.join(" ", credentials)).isEqualTo(401);
			assertThat(reply.body()).isEqualTo(REFUSED);
		}
	}

	@Test
	void onlyTheClientCredentialsGrantAndOwnScopesAreGranted() {
		assertThat(this.http
			.postForm("/internal/oauth2/token", "grant_type=password", "Authorization", basic("course", COURSE_SECRET))
			.body()).contains("unsupported_grant_type");
		Http.Reply foreign = this.http.postForm("/internal/oauth2/token",
				"grant_type=client_credentials&scope=sessions:refresh", "Authorization",
				basic("course", COURSE_SECRET));
		assertThat(foreign.status()).isEqualTo(400);
		assertThat(foreign.body()).contains("invalid_scope");
	}

	@Test
	void theUserPortAdmitsOnlyATokenWithUsersRead() {
		User user = newUser("Door Tester");
		String path = "/internal/users/" + user.id();
		for (String[] credentials : refusedCredentials(serviceToken("gateway", GATEWAY_SECRET))) {
			Http.Reply reply = this.http.get(path, credentials);
			assertThat(reply.status()).as(String.join(" ", credentials)).isEqualTo(401);
			assertThat(reply.body()).isEqualTo(REFUSED);
		}
		assertThat(this.http.get(path, "Authorization", "Bearer " + serviceToken("course", COURSE_SECRET)).status())
			.isEqualTo(200);
	}

	@Test
	void theRefreshPortAdmitsOnlyTheGatewayAndARefusedCallChangesNothing() {
		User user = newUser("Refresh Door");
		JsonNode login = body(this.http.post("/api/v1/login",
				"{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}"));
		String refreshToken = login.get("refreshToken").asString();
		String call = "{\"refreshToken\":\"" + refreshToken + "\",\"rotate\":true}";
		for (String[] credentials : refusedCredentials(serviceToken("course", COURSE_SECRET))) {
			Http.Reply reply = this.http.post("/internal/sessions/refresh", call, credentials);
			assertThat(reply.status()).as(String.join(" ", credentials)).isEqualTo(401);
			assertThat(reply.body()).isEqualTo(REFUSED);
		}
		Http.Reply rotated = this.http.post("/internal/sessions/refresh", call, "Authorization",
				"Bearer " + serviceToken("gateway", GATEWAY_SECRET));
		assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
		assertThat(body(rotated).get("refreshToken").asString()).isNotEqualTo(refreshToken);
	}

	@Test
	void theTokenEndpointAndInternalRoutesAreNotInThePublishedOpenApi() {
		Http.Reply docs = this.http.get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/login").doesNotContain("/internal");
	}

	/**
	 * The token's {@code exp} is whole seconds (its fraction is cut when it is signed),
	 * so the clock is stopped relative to it: a clock moved from "now" would put "1 s
	 * past" anywhere up to 2 s past, plus whatever the request took.
	 */
	@Test
	void aUsersTokenIsAcceptedWithinTheSkewAndRefusedFiveSecondsPastItsExpiry() throws Exception {
		User user = newUser("Skew Tester");
		String access = body(this.http.post("/api/v1/login",
				"{\"email\":\"" + user.email() + "\",\"password\":\"" + PASSWORD + "\"}"))
			.get("accessToken")
			.asString();
		Instant expiresAt = SignedJWT.parse(access).getJWTClaimsSet().getExpirationTime().toInstant();
		this.clock.stopAt(expiresAt.plusSeconds(1));
		assertThat(this.http.get("/api/v1/me", "access-token", access).status()).isEqualTo(200);
		this.clock.stopAt(expiresAt.plusSeconds(5));
		Http.Reply expired = this.http.get("/api/v1/me", "access-token", access);
		assertThat(expired.status()).isEqualTo(401);
		assertThat(body(expired).get("message").asString()).isEqualTo("Access token expired");
	}

	/**
	 * No credentials, a user's (admin's) token, the token in the wrong header, a token of
	 * another client.
	 */
	private String[][] refusedCredentials(String otherClientsToken) {
		User admin = newUser("Door Admin", "admin");
		String adminToken = body(this.http.post("/api/v1/login",
				"{\"email\":\"" + admin.email() + "\",\"password\":\"" + PASSWORD + "\"}"))
			.get("accessToken")
			.asString();
		return new String[][] { {}, { "Authorization", "Bearer " + adminToken }, { "access-token", adminToken },
				{ "Cookie", "access_token=" + adminToken }, { "Authorization", "Bearer " + otherClientsToken },
				{ "Authorization", "Bearer " + Base64.getUrlEncoder().encodeToString("forged".getBytes()) } };
	}

}
