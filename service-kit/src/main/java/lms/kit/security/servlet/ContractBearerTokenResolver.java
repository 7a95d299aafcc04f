package lms.kit.security.servlet;

import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import lms.kit.security.TokenExtractor;
import lms.kit.security.TokenExtractor.RequestView;

import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/**
 * A user's access token wherever the contract's clients send it: {@code Authorization:
 * Bearer}, the {@code access-token} header (the admin and mobile apps) or the
 * {@code access_token} cookie (the web app); "undefined" and "null" count as absent.
 */
final class ContractBearerTokenResolver implements BearerTokenResolver {

	@Override
	public String resolve(HttpServletRequest request) {
		return TokenExtractor.accessToken(RequestView.of(request::getHeader, (name) -> cookie(request, name)))
			.orElse(null);
	}

	private static String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> name.equals(cookie.getName()))
			.map(Cookie::getValue)
			.findFirst()
			.orElse(null);
	}

}
