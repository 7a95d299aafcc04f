package lms.gateway.crosssite;

import java.time.Duration;

import lms.gateway.support.GatewayTest;
import lms.gateway.support.StubIdentity;
import lms.testkit.TestHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of another site making the browser send its cookies to the gateway. A refused
 * answer is the gateway's own: the request never reached the service.
 */
@TestPropertySource(properties = "lms.gateway.cors.allowed-origins=https://learn.example.com")
class CrossSiteTest extends GatewayTest {

	static final String REFUSED = "{\"success\":false,\"message\":\"Cross-site request refused\"}";

	static final String INFO = "{\"name\":\"Mallory\"}";

	String cookie;

	@BeforeEach
	void signedInBrowser() {
		this.cookie = "access_token=" + identity.issuer().token("ann", "s-ann", "user", Duration.ofMinutes(5))
				+ "; refresh_token=s-ann.1.mac";
	}

	@Test
	void aCookieLogoutLinkedFromAnotherSiteIsRefused() {
		TestHttp.Response response = this.http.get("/api/v1/logout", "Cookie", this.cookie, "Sec-Fetch-Site",
				"cross-site", "Sec-Fetch-Mode", "no-cors");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(REFUSED);
		assertThat(this.http.get("/api/v1/logout-all", "Cookie", this.cookie, "Sec-Fetch-Site", "same-site").status())
			.isEqualTo(403);
	}

	@Test
	void aCookieUpdatePostedByAnotherOriginIsRefused() {
		TestHttp.Response response = this.http.putJson("/api/v1/update-user-info", INFO, "Cookie", this.cookie,
				"Origin", "https://evil.example.com", "Sec-Fetch-Site", "cross-site");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body()).isEqualTo(REFUSED);
		assertThat(
				this.http.putJson("/api/v1/update-user-info", INFO, "Cookie", this.cookie, "Origin", "null").status())
			.isEqualTo(403);
	}

	@Test
	void theConfiguredWebAppKeepsWorkingWithItsCookies() {
		TestHttp.Response update = this.http.putJson("/api/v1/update-user-info", INFO, "Cookie", this.cookie, "Origin",
				"https://learn.example.com", "Sec-Fetch-Site", "cross-site");
		TestHttp.Response logout = this.http.get("/api/v1/logout", "Cookie", this.cookie, "Origin",
				"https://learn.example.com", "Sec-Fetch-Site", "same-site");

		assertThat(StubIdentity.echoed(update.body())).containsEntry("path", "/api/v1/update-user-info");
		assertThat(StubIdentity.echoed(logout.body())).containsEntry("path", "/api/v1/logout");
	}

	@Test
	void thePagesOfTheGatewayItselfKeepWorking() {
		assertThat(this.http.get("/api/v1/logout", "Cookie", this.cookie, "Sec-Fetch-Site", "same-origin").status())
			.isEqualTo(200);
		assertThat(this.http
			.putJson("/api/v1/update-user-info", INFO, "Cookie", this.cookie, "Origin", "http://127.0.0.1:" + this.port)
			.status()).isEqualTo(200);
		assertThat(this.http.get("/api/v1/logout", "Cookie", this.cookie, "Sec-Fetch-Site", "none").status())
			.as("typed into the address bar")
			.isEqualTo(200);
	}

	@Test
	void headerTokenClientsAndNonBrowsersAreUnaffected() {
		String token = identity.issuer().token("ann", "s-ann", "user", Duration.ofMinutes(5));

		assertThat(this.http
			.putJson("/api/v1/update-user-info", INFO, "access-token", token, "Cookie", this.cookie, "Sec-Fetch-Site",
					"cross-site")
			.status()).isEqualTo(200);
		assertThat(this.http.putJson("/api/v1/update-user-info", INFO, "Cookie", this.cookie).status())
			.as("no Origin, no Sec-Fetch-Site: not a browser")
			.isEqualTo(200);
	}

	@Test
	void crossSiteReadsPass() {
		assertThat(this.http.get("/api/v1/me", "Cookie", this.cookie, "Sec-Fetch-Site", "cross-site").status())
			.isEqualTo(200);
	}

	@Test
	void aForgedRequestWithAnExpiredCookieIsRefusedBeforeAnySilentRefresh() {
		String expired = identity.issuer().expiredToken("ann", "s-ann");
		int refreshesBefore = identity.refreshCalls().size();

		TestHttp.Response response = this.http.putJson("/api/v1/update-user-info", INFO, "Cookie",
				"access_token=" + expired + "; refresh_token=s-ann.1.mac", "Origin", "https://evil.example.com");

		assertThat(response.status()).isEqualTo(403);
		assertThat(identity.refreshCalls()).hasSize(refreshesBefore);
	}

}
