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

	ServerWebExchange withToken(ServerWebExchange exchange, String accessToken) {
		return exchange.mutate().request((request) -> request.headers((headers) -> {
			stripIdentity(headers);
			headers.remove(TokenExtractor.ACCESS_HEADER);
			headers.setBearerAuth(accessToken);
		})).build();
	}

	ServerWebExchange anonymous(ServerWebExchange exchange) {
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

	private boolean isIdentityHeader(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		for (String prefix : this.identityHeaderPrefixes) {
			if (lower.startsWith(prefix)) {
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
