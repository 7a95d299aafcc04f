package lms.gateway.edge;

import java.util.UUID;
import java.util.regex.Pattern;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Every request carries {@code X-Correlation-Id} to the service and back to the client:
 * the client's own if it is a sane token, else a new one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationId implements WebFilter {

	static final String HEADER = "X-Correlation-Id";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String given = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = (given != null && SANE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		exchange.getResponse().getHeaders().set(HEADER, id);
		ServerWebExchange forwarded = exchange.mutate()
			.request((request) -> request.headers((headers) -> headers.set(HEADER, id)))
			.build();
		return chain.filter(forwarded);
	}

}
