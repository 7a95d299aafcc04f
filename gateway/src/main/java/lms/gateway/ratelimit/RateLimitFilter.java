package lms.gateway.ratelimit;

import lms.gateway.auth.AuthenticationFilter;
import lms.gateway.auth.Rejection;
import lms.gateway.clientaddress.ClientAddress;
import lms.gateway.edge.EdgeCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;

/**
 * Token buckets per caller in Redis. The strict paths count each request in Redis per
 * client address and path, and refuse with 503 while Redis is down (they are what brute
 * force and mail bombing aim at); every other request counts per account (valid token) or
 * per client address against tokens leased from Redis ({@link LeasedBudgets}) and passes
 * while Redis is down. Failures per account are identity's to count: it knows which
 * attempts failed, and counting every attempt per account here would let anyone lock an
 * account out by trying it. Switched off ({@code lms.gateway.rate-limits.enabled=false})
 * every request passes without a count.
 */
class RateLimitFilter implements EdgeCheck {

	static final String TOO_MANY = "Too many requests, please try again later";

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private final BucketCounter counter;

	private final LeasedBudgets general;

	private final RateLimitProperties properties;

	private final StrictPaths strictPaths;

	private final boolean enabled;

	RateLimitFilter(BucketCounter counter, LeasedBudgets general, RateLimitProperties properties) {
		this.counter = counter;
		this.general = general;
		this.properties = properties;
		this.strictPaths = new StrictPaths(properties.strictPaths());
		this.enabled = properties.enabled();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (!this.enabled) {
			return chain.filter(exchange);
		}
		ClientAddress client = ClientAddress.of(exchange);
		if (this.strictPaths.matches(exchange.getRequest())) {
			return strict(exchange, chain, client);
		}
		String userId = exchange.getAttribute(AuthenticationFilter.USER_ID);
		Mono<Verdict> verdict = (userId != null)
				? this.general.take("lms:rl:account:" + userId, this.properties.perAccount())
				: this.general.take("lms:rl:address:" + client.limitKey(), this.properties.perAddress());
		return verdict.flatMap((outcome) -> answer(exchange, chain, outcome));
	}

	private Mono<Void> strict(ServerWebExchange exchange, GatewayFilterChain chain, ClientAddress client) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		return this.counter
			.take("lms:rl:strict:" + path + ":" + client.limitKey(), this.properties.strictPerAddress(), 1)
			.map((grant) -> grant.allowed() ? Verdict.ALLOWED : Verdict.throttled(grant.retryAfter()))
			.onErrorResume((ex) -> {
				log.warn("Strict rate limit not checked, Redis unavailable ({}); refusing", ex.toString());
				return Mono.just(Verdict.UNCHECKED);
			})
			.flatMap((verdict) -> answer(exchange, chain, verdict));
	}

	private static Mono<Void> answer(ServerWebExchange exchange, GatewayFilterChain chain, Verdict verdict) {
		if (verdict.allowed()) {
			return chain.filter(exchange);
		}
		if (verdict.retryAfterSeconds() < 0) {
			return Rejection.answer(exchange, HttpStatus.SERVICE_UNAVAILABLE.value(),
					"Service temporarily unavailable, try again shortly");
		}
		exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(verdict.retryAfterSeconds()));
		return Rejection.answer(exchange, HttpStatus.TOO_MANY_REQUESTS.value(), TOO_MANY);
	}

	@Override
	public int getOrder() {
		return AuthenticationFilter.ORDER + 10;
	}

}
