package lms.gateway.catalogcache;

import java.util.List;
import java.util.Optional;

import lms.gateway.edge.EdgeChecks;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers a public catalog read from the edge cache before Spring Cloud Gateway looks up
 * a route or runs its filter chain, which a small answer otherwise mostly pays for. What
 * a client relies on still applies to a hit: the web filters ordered before this one
 * (correlation id, client address, security headers, cross-site refusal), the gateway's
 * CORS configuration, and the same {@link EdgeChecks} a routed request passes (token,
 * rate limit) in the same order. A miss goes on to the route, marked with its key and the
 * cache's generation, for {@link CatalogCacheFilter} to keep the answer. Switched off, it
 * neither answers nor marks anything.
 */
class CatalogEdgeFilter implements WebFilter, Ordered {

	/** After every other web filter of the gateway, before the route lookup. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/** The exchange attribute of a read to keep ({@link Miss}). */
	static final String MISS = CatalogEdgeFilter.class.getName() + ".miss";

	private final CatalogCache cache;

	private final List<PathPattern> paths;

	private final PathPattern list;

	private final CorsWebFilter cors;

	private final EdgeChecks checks;

	private final boolean enabled;

	CatalogEdgeFilter(CatalogCache cache, CatalogCacheProperties properties, CorsWebFilter cors, EdgeChecks checks) {
		this.cache = cache;
		this.paths = properties.paths().stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.list = PathPatternParser.defaultInstance.parse(properties.listPath());
		this.cors = cors;
		this.checks = checks;
		this.enabled = properties.enabled();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		if (!this.enabled || request.getMethod() != HttpMethod.GET) {
			return chain.filter(exchange);
		}
		PathContainer path = request.getPath().pathWithinApplication();
		PathPattern pattern = matching(path);
		Optional<CatalogKey> key = (pattern != null) ? CatalogKey.of(request, this.list.matches(path))
				: Optional.empty();
		if (key.isEmpty()) {
			return chain.filter(exchange);
		}
		CachedAnswer answer = this.cache.get(key.get());
		if (answer == null) {
			exchange.getAttributes().put(MISS, new Miss(key.get(), this.cache.generation()));
			return chain.filter(exchange);
		}
		// The route's path pattern, as a routed request's metrics are tagged.
		exchange.getAttributes()
			.put(ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR, pattern.getPatternString());
		return this.cors.filter(exchange, (allowed) -> this.checks.then(allowed, answer::writeTo));
	}

	private PathPattern matching(PathContainer path) {
		for (PathPattern pattern : this.paths) {
			if (pattern.matches(path)) {
				return pattern;
			}
		}
		return null;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	/**
	 * A read the edge did not have: where to keep its answer, unless the cache was
	 * cleared since {@code generation}.
	 */
	record Miss(CatalogKey key, long generation) {
	}

}
