package lms.gateway.refresh;

import lms.kit.security.TokenExtractor;

import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpResponse;

/**
 * The renewed {@code access_token} and {@code refresh_token} cookies of a browser client.
 */
public class RefreshCookies {

	private final RefreshProperties properties;

	RefreshCookies(RefreshProperties properties) {
		this.properties = properties;
	}

	public void set(ServerHttpResponse response, RefreshedTokens tokens) {
		response.addCookie(cookie(TokenExtractor.ACCESS_COOKIE, tokens.accessToken()));
		response.addCookie(cookie(TokenExtractor.REFRESH_COOKIE, tokens.refreshToken()));
	}

	private ResponseCookie cookie(String name, String value) {
		return ResponseCookie.from(name, value)
			.httpOnly(true)
			.secure(this.properties.cookieSecure())
			.sameSite(this.properties.cookieSameSite())
			.path("/")
			.maxAge(this.properties.cookieMaxAge())
			.build();
	}

}
