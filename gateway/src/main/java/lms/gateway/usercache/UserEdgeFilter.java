package lms.gateway.usercache;

import java.util.Optional;

import lms.gateway.auth.AuthenticationFilter;
import lms.gateway.edge.EdgeChecks;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Answers a caller's {@code GET me} from the edge before Spring Cloud Gateway looks up a
 * route, but only after the same {@link EdgeChecks} a routed request passes, in the same
 * order: the token verified, its session checked against the event-fed revocations, the
 * rate limit; and the gateway's CORS configuration. The entry is looked up by the user id
 * of a token this instance verified before and served only to the user the checks then
 * verified. A token never verified here, or a user with no entry, goes on to the route
 * untouched (where {@link UserCacheFilter} keeps the answer); so does, in the rare race
 * with an eviction during the checks, a request whose entry went meanwhile (its checks
 * then run twice).
 */
class UserEdgeFilter implements WebFilter, Ordered {

	/** Right after the catalog's edge filter, before the route lookup. */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 11;

	private final UserCache cache;

	private final String path;

	private final AuthenticationFilter authentication;

	private final CorsWebFilter cors;

	private final EdgeChecks checks;

	UserEdgeFilter(UserCache cache, UserCacheProperties properties, AuthenticationFilter authentication,
			CorsWebFilter cors, EdgeChecks checks) {
		this.cache = cache;
		this.path = properties.path();
		this.authentication = authentication;
		this.cors = cors;
		this.checks = checks;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (exchange.getRequest().getMethod() != HttpMethod.GET
				|| !this.path.equals(exchange.getRequest().getPath().pathWithinApplication().value())) {
			return chain.filter(exchange);
		}
		Optional<String> known = this.authentication.knownCaller(exchange.getRequest());
		if (known.isEmpty() || this.cache.get(known.get()) == null) {
			return chain.filter(exchange);
		}
		exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR, this.path);
		return this.cors.filter(exchange,
				(allowed) -> this.checks.then(allowed, (checked) -> answer(checked, known.get(), chain)));
	}

	private Mono<Void> answer(ServerWebExchange checked, String known, WebFilterChain chain) {
		String verified = checked.getAttribute(AuthenticationFilter.USER_ID);
		UserAnswer answer = known.equals(verified) ? this.cache.get(verified) : null;
		return (answer != null) ? answer.writeTo(checked) : chain.filter(checked);
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
