package lms.gateway.catalogcache;

import java.time.Clock;
import java.util.List;

import lms.gateway.edge.KeptResponse;
import lms.kit.cache.EventPosition;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keeps what the edge did not have ({@link CatalogEdgeFilter.Miss}): the read is
 * forwarded and a 200 kept as course-service sent it (its ETag, encoding and bytes) with
 * the position in the course events it reflects, which course-service tells in a header
 * that goes no further. A successful write routed to course-service clears this
 * instance's answers before its response leaves, so the writer never reads its own change
 * stale; the other instances clear on the course events. A read it does not keep (a
 * search the edge will not key, a cache switched off) is forwarded as it is, without the
 * position header either.
 */
class CatalogCacheFilter implements GlobalFilter, Ordered {

	private static final List<String> DESCRIBING_HEADERS = List.of(HttpHeaders.CONTENT_TYPE,
			HttpHeaders.CONTENT_ENCODING, HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY);

	private final CatalogCache cache;

	private final List<String> writeRoutes;

	private final Clock clock;

	private final boolean enabled;

	CatalogCacheFilter(CatalogCache cache, CatalogCacheProperties properties, Clock clock) {
		this.cache = cache;
		this.writeRoutes = properties.writeRoutes();
		this.clock = clock;
		this.enabled = properties.enabled();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (!routedToCourses(exchange)) {
			return chain.filter(exchange);
		}
		if (isWrite(exchange)) {
			if (this.enabled) {
				exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> clearIfSucceeded(exchange)));
			}
			return chain.filter(exchange);
		}
		CatalogEdgeFilter.Miss miss = exchange.getAttribute(CatalogEdgeFilter.MISS);
		ServerHttpResponse response = (this.enabled && miss != null) ? keeping(exchange.getResponse(), miss)
				: KeptResponse.stripping(exchange.getResponse(), EventPosition.HEADER);
		return chain.filter(exchange.mutate().response(response).build());
	}

	private boolean routedToCourses(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return route != null && this.writeRoutes.contains(route.getId());
	}

	/**
	 * A write this instance forwards to course-service: its own caller reads the change
	 * next, before the course event reaches every instance.
	 */
	private static boolean isWrite(ServerWebExchange exchange) {
		HttpMethod method = exchange.getRequest().getMethod();
		return method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
	}

	private void clearIfSucceeded(ServerWebExchange exchange) {
		HttpStatusCode status = exchange.getResponse().getStatusCode();
		if (status != null && status.is2xxSuccessful()) {
			this.cache.clear();
		}
	}

	private ServerHttpResponse keeping(ServerHttpResponse response, CatalogEdgeFilter.Miss miss) {
		return KeptResponse.keeping(response, EventPosition.HEADER,
				(headers, body, position) -> this.cache.put(miss.key(),
						new CachedAnswer(KeptResponse.describing(headers, DESCRIBING_HEADERS), body,
								this.clock.instant(), position),
						miss.generation()));
	}

	@Override
	public int getOrder() {
		// After the edge checks (body size, token, rate limit), so an answer is kept only
		// for a request they let through; before the proxy.
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

}
