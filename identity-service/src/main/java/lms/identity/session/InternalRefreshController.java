package lms.identity.session;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import lms.kit.security.ServiceScope;
import lms.kit.security.ServiceScopes;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway's silent refresh (not routed from outside; the gateway's service token).
 * {@code rotate} says the token came by cookie; {@code shareUntil} tells the gateway how
 * long it may hand the same answer to another request with the same refresh token.
 */
@RestController
record InternalRefreshController(SessionRefresh refresh) {

	@Operation(summary = "Internal: trade a refresh token for a new access token")
	@ServiceScope(ServiceScopes.SESSIONS_REFRESH)
	@PostMapping("/internal/sessions/refresh")
	Refreshed refresh(@RequestBody Request request) {
		SessionRefresh.Renewal renewal = this.refresh.refresh(request.refreshToken(), request.rotate(), false);
		TokenPair tokens = renewal.tokens();
		return new Refreshed(tokens.accessToken(), tokens.refreshToken(), tokens.accessTokenExpiresAt(),
				renewal.shareUntil());
	}

	record Request(String refreshToken, boolean rotate) {

		@Override
		public String toString() {
			return "Request[rotate=" + this.rotate + "]";
		}

	}

	record Refreshed(String accessToken, String refreshToken, Instant accessTokenExpiresAt, Instant shareUntil) {
	}

}
