package lms.gateway.headers;

import lms.gateway.auth.AuthenticationFilter;
import lms.gateway.clientaddress.ClientAddress;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Every answer that leaves the gateway (proxied, cached at the edge, refused, an error)
 * gets its security headers just before it is committed, so no path can miss them:
 * {@code X-Content-Type-Options: nosniff}, the {@code Referrer-Policy},
 * {@code Strict-Transport-Security} when the client came over https, and
 * {@code Cache-Control: no-store} on an answer to a signed-in caller that says nothing
 * about caching.
 */
class SecurityHeaders implements WebFilter, Ordered {

	private final SecurityHeadersProperties properties;

	SecurityHeaders(SecurityHeadersProperties properties) {
		this.properties = properties;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		exchange.getResponse().beforeCommit(() -> {
			write(exchange);
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private void write(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set("X-Content-Type-Options", "nosniff");
		headers.set("Referrer-Policy", this.properties.referrerPolicy());
		String hsts = this.properties.strictTransportSecurity();
		if (!hsts.isBlank() && ClientAddress.of(exchange).secure()) {
			headers.set("Strict-Transport-Security", hsts);
		}
		if (exchange.getAttribute(AuthenticationFilter.USER_ID) != null
				&& !headers.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			headers.setCacheControl("no-store");
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 2;
	}

}
