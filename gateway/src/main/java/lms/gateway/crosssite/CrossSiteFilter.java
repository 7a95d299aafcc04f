package lms.gateway.crosssite;

import java.util.List;

import lms.gateway.auth.Rejection;
import lms.kit.security.TokenExtractor;
import lms.kit.security.TokenExtractor.RequestView;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a forged request before anything acts on it (not even a silent refresh): one
 * that changes state, is authenticated by cookie only (the browser adds cookies by
 * itself; a token in a header can only come from a page that holds it) and comes from a
 * site that is not ours. 403 in the contract's shape.
 */
class CrossSiteFilter implements WebFilter, Ordered {

	static final String REFUSED = "Cross-site request refused";

	private static final List<HttpMethod> UNSAFE = List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private final SiteOfRequest site;

	private final List<String> stateChangingGets;

	CrossSiteFilter(SiteOfRequest site, List<String> stateChangingGets) {
		this.site = site;
		this.stateChangingGets = stateChangingGets;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (changesState(request) && byCookieOnly(request) && !this.site.isOurs(request.getHeaders())) {
			return Rejection.answer(exchange, HttpStatus.FORBIDDEN.value(), REFUSED);
		}
		return chain.filter(exchange);
	}

	private boolean changesState(ServerHttpRequest request) {
		HttpMethod method = request.getMethod();
		return UNSAFE.contains(method) || ((method == HttpMethod.GET || method == HttpMethod.HEAD)
				&& this.stateChangingGets.contains(request.getPath().pathWithinApplication().value()));
	}

	private static boolean byCookieOnly(ServerHttpRequest request) {
		RequestView headers = RequestView.of(request.getHeaders()::getFirst, (name) -> null);
		if (TokenExtractor.accessToken(headers).isPresent() || TokenExtractor.refreshToken(headers).isPresent()) {
			return false;
		}
		RequestView cookies = RequestView.of((name) -> null, (name) -> {
			HttpCookie cookie = request.getCookies().getFirst(name);
			return (cookie != null) ? cookie.getValue() : null;
		});
		return TokenExtractor.accessToken(cookies).isPresent() || TokenExtractor.refreshToken(cookies).isPresent();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 3;
	}

}
