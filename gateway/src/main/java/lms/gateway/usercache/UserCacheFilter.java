package lms.gateway.usercache;

import java.util.List;

import lms.gateway.auth.AuthenticationFilter;
import lms.gateway.edge.KeptResponse;
import lms.kit.cache.EventPosition;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keeps a verified caller's forwarded {@code me} answer when it is a 200, with the
 * position in the user events identity tells in a header that goes no further (it is
 * stripped whether or not the cache is on). Any other call of a caller routed to identity
 * (a write, a logout) forgets that caller's answer before its response leaves, so they
 * read their own change at once on this instance; the other instances forget on the user
 * and session events.
 */
class UserCacheFilter implements GlobalFilter, Ordered {

	private static final List<String> DESCRIBING_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CACHE_CONTROL,
			HttpHeaders.PRAGMA, HttpHeaders.EXPIRES, HttpHeaders.VARY);

	private final UserCache cache;

	private final String path;

	private final List<String> writeRoutes;

	UserCacheFilter(UserCache cache, UserCacheProperties properties) {
		this.cache = cache;
		this.path = properties.path();
		this.writeRoutes = properties.writeRoutes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		String userId = exchange.getAttribute(AuthenticationFilter.USER_ID);
		HttpMethod method = exchange.getRequest().getMethod();
		boolean me = method == HttpMethod.GET
				&& this.path.equals(exchange.getRequest().getPath().pathWithinApplication().value());
		if (userId != null && !me && isWriteRoute(exchange)) {
			// GET logout and logout-all end sessions too: any other call of the caller's
			// to identity forgets their answer, so this instance never answers it after
			exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> this.cache.evict(userId)));
			return chain.filter(exchange);
		}
		if (!me) {
			return chain.filter(exchange);
		}
		ServerHttpResponse response = (userId != null) ? keeping(exchange.getResponse(), userId)
				: KeptResponse.stripping(exchange.getResponse(), EventPosition.USER_HEADER);
		return chain.filter(exchange.mutate().response(response).build());
	}

	private ServerHttpResponse keeping(ServerHttpResponse response, String userId) {
		long generation = this.cache.generation();
		return KeptResponse.keeping(response, EventPosition.USER_HEADER,
				(headers, body, position) -> this.cache.put(userId,
						new UserAnswer(KeptResponse.describing(headers, DESCRIBING_HEADERS), body, position),
						generation));
	}

	private boolean isWriteRoute(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return route != null && this.writeRoutes.contains(route.getId());
	}

	@Override
	public int getOrder() {
		// After the edge checks (body size, token, rate limit), so only a verified
		// caller's answer is kept; before the proxy.
		return Ordered.HIGHEST_PRECEDENCE + 31;
	}

}
