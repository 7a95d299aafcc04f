package lms.gateway.auth;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import lms.kit.security.TokenExtractor;

import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * The request as a service receives it: no client-claimed identity, and either the
 * verified access token as {@code Authorization: Bearer} or no access token at all.
 */
class ForwardedRequest {

	private final List<String> identityHeaderPrefixes;

	ForwardedRequest(List<String> identityHeaderPrefixes) {
		this.identityHeaderPrefixes = identityHeaderPrefixes.stream()
			.map((prefix) -> prefix.toLowerCase(Locale.ROOT))
			.toList();
	}

	/**
	 * The request carrying {@code accessToken} as its only credential (unchanged when it
	 * already is exactly that: no copy of the headers).
	 */
	ServerWebExchange withToken(ServerWebExchange exchange, String accessToken) {
		HttpHeaders given = exchange.getRequest().getHeaders();
		if (!claimsIdentity(given) && !given.containsHeader(TokenExtractor.ACCESS_HEADER)
				&& List.of("Bearer " + accessToken).equals(given.get(HttpHeaders.AUTHORIZATION))) {
			return exchange;
		}
		return exchange.mutate().request((request) -> request.headers((headers) -> {
			stripIdentity(headers);
			headers.remove(TokenExtractor.ACCESS_HEADER);
			headers.setBearerAuth(accessToken);
		})).build();
	}

	/**
	 * The request without any access token (unchanged when it carries none: no copy of
	 * the headers).
	 */
	ServerWebExchange anonymous(ServerWebExchange exchange) {
		HttpHeaders given = exchange.getRequest().getHeaders();
		if (!claimsIdentity(given) && !given.containsHeader(HttpHeaders.AUTHORIZATION)
				&& !given.containsHeader(TokenExtractor.ACCESS_HEADER) && !hasAccessCookie(given)) {
			return exchange;
		}
		return exchange.mutate().request((request) -> request.headers((headers) -> {
			stripIdentity(headers);
			headers.remove(HttpHeaders.AUTHORIZATION);
			headers.remove(TokenExtractor.ACCESS_HEADER);
			withoutAccessCookie(headers);
		})).build();
	}

	private void stripIdentity(HttpHeaders headers) {
		List<String> claimed = headers.headerNames().stream().filter(this::isIdentityHeader).toList();
		claimed.forEach(headers::remove);
	}

	private boolean claimsIdentity(HttpHeaders headers) {
		for (String name : headers.headerNames()) {
			if (isIdentityHeader(name)) {
				return true;
			}
		}
		return false;
	}

	private boolean isIdentityHeader(String name) {
		for (String prefix : this.identityHeaderPrefixes) {
			if (name.regionMatches(true, 0, prefix, 0, prefix.length())) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasAccessCookie(HttpHeaders headers) {
		for (String cookies : headers.getOrEmpty(HttpHeaders.COOKIE)) {
			if (cookies.contains(TokenExtractor.ACCESS_COOKIE + "=")) {
				return true;
			}
		}
		return false;
	}

	private static void withoutAccessCookie(HttpHeaders headers) {
		List<String> cookies = headers.get(HttpHeaders.COOKIE);
		if (cookies == null || cookies.isEmpty()) {
			return;
		}
		String kept = cookies.stream()
			.flatMap((header) -> List.of(header.split(";")).stream())
			.map(String::trim)
			.filter((pair) -> !pair.isEmpty() && !pair.startsWith(TokenExtractor.ACCESS_COOKIE + "="))
			.collect(Collectors.joining("; "));
		if (kept.isEmpty()) {
			headers.remove(HttpHeaders.COOKIE);
		}
		else {
			headers.set(HttpHeaders.COOKIE, kept);
		}
	}

}
