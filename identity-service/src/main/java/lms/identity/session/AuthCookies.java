package lms.identity.session;

import java.time.Duration;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lms.kit.security.TokenExtractor;
import lms.kit.security.TokenExtractor.RequestView;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The httpOnly {@code access_token} and {@code refresh_token} cookies the web client
 * lives on; both last as long as the session, so an expired access token still reaches
 * the gateway's silent refresh.
 */
@Component
public class AuthCookies {

	private final SessionProperties properties;

	AuthCookies(SessionProperties properties) {
		this.properties = properties;
	}

	public void set(HttpServletResponse response, TokenPair tokens) {
		add(response, TokenExtractor.ACCESS_COOKIE, tokens.accessToken(), this.properties.lifetime());
		add(response, TokenExtractor.REFRESH_COOKIE, tokens.refreshToken(), this.properties.lifetime());
	}

	public void clear(HttpServletResponse response) {
		add(response, TokenExtractor.ACCESS_COOKIE, "", Duration.ZERO);
		add(response, TokenExtractor.REFRESH_COOKIE, "", Duration.ZERO);
	}

	/**
	 * The refresh token from header {@code refresh-token} or cookie
	 * {@code refresh_token}, and which of them it came in.
	 */
	static Presented refreshToken(HttpServletRequest request) {
		RequestView view = RequestView.of(request::getHeader, (name) -> cookie(request, name));
		String token = TokenExtractor.refreshToken(view).orElseThrow(Sessions::refused);
		boolean byHeader = TokenExtractor.refreshToken(RequestView.of(request::getHeader, (name) -> null)).isPresent();
		return new Presented(token, !byHeader);
	}

	record Presented(String token, boolean byCookie) {

		@Override
		public String toString() {
			return "Presented[byCookie=" + this.byCookie + "]";
		}

	}

	private void add(HttpServletResponse response, String name, String value, Duration maxAge) {
		ResponseCookie cookie = ResponseCookie.from(name, value)
			.httpOnly(true)
			.secure(this.properties.cookieSecure())
			.sameSite(this.properties.cookieSameSite())
			.path("/")
			.maxAge(maxAge)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
	}

	private static String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		return (cookies == null) ? null
				: Arrays.stream(cookies)
					.filter((c) -> name.equals(c.getName()))
					.map(Cookie::getValue)
					.findFirst()
					.orElse(null);
	}

}
