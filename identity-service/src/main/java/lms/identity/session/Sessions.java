package lms.identity.session;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import lms.identity.token.AccessTokens;
import lms.identity.token.IssuedAccessToken;
import lms.identity.user.User;
import lms.kit.security.Refusal;
import lms.kit.web.ApiException;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Opens a session per login.
 */
@Component
@EnableConfigurationProperties(SessionProperties.class)
public class Sessions {

	/** The original's words for a refresh that cannot go on. */
	public static final String REFRESH_REFUSED = "Please login for access this resources!";

	private final SecureRandom random = new SecureRandom();

	private final SessionStore store;

	private final AccessTokens accessTokens;

	private final Clock clock;

	Sessions(SessionStore store, AccessTokens accessTokens, Clock clock) {
		this.store = store;
		this.accessTokens = accessTokens;
		this.clock = clock;
	}

	TokenPair open(User user, SessionOrigin origin) {
		Instant now = this.clock.instant();
		Session session = new Session(randomId(), user.id(), user.role(), randomBytes(32), 0, now, now, now, false,
				origin);
		this.store.create(session);
		IssuedAccessToken access = this.accessTokens.issue(user.id(), session.id(), user.role());
		return new TokenPair(access.token(), access.expiresAt(), RefreshTokens.format(session, 0));
	}

	/** A 401 in the contract's words: the caller's account or session is gone. */
	public static ApiException loginRequired() {
		return ApiException.unauthorized(Refusal.LOGIN_REQUIRED.message());
	}

	static ApiException refused() {
		return ApiException.unauthorized(REFRESH_REFUSED);
	}

	private String randomId() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
	}

	private byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		this.random.nextBytes(bytes);
		return bytes;
	}

}
