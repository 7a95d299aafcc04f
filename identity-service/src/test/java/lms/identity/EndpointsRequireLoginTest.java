package lms.identity;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jwt.JWTClaimsSet;
import lms.identity.keys.KeyRing;
import lms.identity.support.Http;
import lms.identity.support.Jws;
import lms.identity.support.IdentityTest;
import lms.identity.user.User;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointsRequireLoginTest extends IdentityTest {

	@Autowired
	KeyRing keys;

	@Test
	void everyAccountEndpointRefusesAnonymousCallersWithTheContractsAnswer() {
		User target = newUser("Target");
		Http.Reply[] replies = { this.http.get("/api/v1/me"), this.http.get("/api/v1/logout"),
				this.http.get("/api/v1/logout-all"), this.http.put("/api/v1/update-user-info", "{\"name\":\"X\"}"),
				this.http.put("/api/v1/update-user-password", "{\"oldPassword\":\"a\",\"newPassword\":\"b\"}"),
				this.http.put("/api/v1/update-user-avatar", "{\"avatar\":\"data:image/png;base64,AA==\"}"),
				this.http.get("/api/v1/get-users"),
				this.http.put("/api/v1/update-user", "{\"email\":\"" + target.email() + "\",\"role\":\"admin\"}"),
				this.http.delete("/api/v1/delete-user/" + target.id(), null),
				this.http.delete("/api/v1/delete-user", "{\"id\":\"" + target.id() + "\"}"),
				this.http.get("/api/v1/get-users-analytics"), this.http.get("/api/v1/sessions"),
				this.http.delete("/api/v1/sessions/others", null), this.http.delete("/api/v1/sessions/any", null),
				this.http.get("/api/v1/users/" + target.id() + "/sessions"),
				this.http.delete("/api/v1/users/" + target.id() + "/sessions", null) };

		for (Http.Reply reply : replies) {
			assertThat(reply.status()).as(reply.raw().uri().toString()).isEqualTo(401);
			assertThat(reply.body())
				.isEqualTo("{\"success\":false,\"message\":\"Please login to access this resource\"}");
		}
		assertThat(this.users.findById(target.id()).orElseThrow().role()).isEqualTo("user");
	}

	@Test
	void anExpiredAccessTokenIsRefusedButIgnoredOnPublicEndpoints() {
		User user = newUser("Expired");
		var login = loggedIn(user);
		String expired = Jws.es256(this.keys.current(),
				new JWTClaimsSet.Builder().issuer("lms-identity")
					.audience("lms")
					.subject(user.id())
					.claim("sid", "any")
					.claim("role", "user")
					.expirationTime(Date.from(Instant.now().minusSeconds(600)))
					.build());

		Http.Reply me = this.http.get("/api/v1/me", "access-token", expired);
		assertThat(me.status()).isEqualTo(401);
		assertThat(body(me).get("message").asString()).isEqualTo("Access token expired");
		Http.Reply refresh = this.http.get("/api/v1/refresh", "access-token", expired, "refresh-token",
				login.get("refreshToken").asString());
		assertThat(refresh.status()).isEqualTo(200);
	}

	@Test
	void unknownRoutesAnswerInTheContractShape() {
		Http.Reply reply = this.http.get("/api/v1/no-such-route");

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.body()).isEqualTo("{\"success\":false,\"message\":\"Route /api/v1/no-such-route not found\"}");
	}

}
