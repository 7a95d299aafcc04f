package lms.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import lms.gateway.auth.AuthenticationFilter;
import lms.gateway.auth.Rejection;
import lms.gateway.ratelimit.RateLimitProperties.Limit;
import lms.gateway.ratelimit.RedisCounter.Count;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;

/**
 * Budgets per caller in Redis. The strict paths count per IP and per target account, each
 * request in Redis, and refuse with 503 while Redis is down (they are what brute force
 * and mail bombing aim at); every other request counts per user (or IP) against permits
 * leased from Redis ({@link LeasedBudgets}) and passes while Redis is down.
 */
class RateLimitFilter implements GlobalFilter, Ordered {

	static final String TOO_MANY = "Too many requests, please try again later";

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	/** Strict paths take small JSON bodies; more is not read to find the account. */
	private static final int MAX_STRICT_BODY = 64 * 1024;

	private final RedisCounter counter;

	private final LeasedBudgets general;

	private final RateLimitProperties properties;

	private final StrictPaths strictPaths;

	private final JsonMapper json;

	RateLimitFilter(RedisCounter counter, LeasedBudgets general, RateLimitProperties properties, JsonMapper json) {
		this.counter = counter;
		this.general = general;
		this.properties = properties;
		this.strictPaths = new StrictPaths(properties.strictPaths());
		this.json = json;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (this.strictPaths.matches(exchange.getRequest())) {
			return strict(exchange, chain);
		}
		String userId = exchange.getAttribute(AuthenticationFilter.USER_ID);
		String key = (userId != null) ? "rl:user:" + userId : "rl:ip:" + clientIp(exchange.getRequest());
		return this.general.take(key, this.properties.general()).flatMap((verdict) -> answer(exchange, chain, verdict));
	}

	private Mono<Void> strict(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		String path = request.getPath().pathWithinApplication().value();
		return DataBufferUtils.join(request.getBody(), MAX_STRICT_BODY)
			.map(RateLimitFilter::bytes)
			.defaultIfEmpty(new byte[0])
			.flatMap((body) -> {
				ServerWebExchange replayed = exchange.mutate().request(replaying(exchange, body)).build();
				List<Mono<Verdict>> checks = List.of(
						check("rl:strict-ip:" + path + ":" + clientIp(request), this.properties.perIp()),
						TargetAccount.of(body, this.json)
							.map((account) -> check("rl:strict-account:" + path + ":" + sha256(account),
									this.properties.perAccount()))
							.orElse(Mono.just(Verdict.ALLOWED)));
				return Flux.concat(checks).reduce(Verdict::strictest).onErrorResume((ex) -> {
					log.warn("Strict rate limit not checked, Redis unavailable ({}); refusing", ex.toString());
					return Mono.just(Verdict.UNCHECKED);
				}).flatMap((verdict) -> answer(replayed, chain, verdict));
			})
			.onErrorResume(DataBufferLimitException.class,
					(ex) -> Rejection.answer(exchange, 413, "Request body is too large"));
	}

	private Mono<Verdict> check(String key, Limit limit) {
		return this.counter.hit(key, limit.window()).map((count) -> verdict(count, limit));
	}

	private static Verdict verdict(Count count, Limit limit) {
		return count.exceeds(limit.requests()) ? Verdict.throttled(count.remaining()) : Verdict.ALLOWED;
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

	private static ServerHttpRequest replaying(ServerWebExchange exchange, byte[] body) {
		return new ServerHttpRequestDecorator(exchange.getRequest()) {

			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
			}

		};
	}

	private static byte[] bytes(DataBuffer buffer) {
		try {
			byte[] bytes = new byte[buffer.readableByteCount()];
			buffer.read(bytes);
			return bytes;
		}
		finally {
			DataBufferUtils.release(buffer);
		}
	}

	/** The peer's address; X-Forwarded-For is not trusted (any client can write it). */
	private static String clientIp(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		return (remote != null && remote.getAddress() != null) ? remote.getAddress().getHostAddress() : "unknown";
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public int getOrder() {
		return AuthenticationFilter.ORDER + 10;
	}

}
