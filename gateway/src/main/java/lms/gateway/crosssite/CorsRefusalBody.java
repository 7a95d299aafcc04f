package lms.gateway.crosssite;

import lms.gateway.auth.Rejection;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Writes the contract's error body for a request the CORS rules refused, wherever they
 * ran (the edge cache's filter or Spring Cloud Gateway's route mapping); both leave the
 * response uncommitted, so the body can still follow.
 */
class CorsRefusalBody implements WebFilter, Ordered {

	static final String MESSAGE = "Origin not allowed";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return chain.filter(exchange)
			.then(Mono.defer(() -> refused(exchange) ? Rejection.answer(exchange, HttpStatus.FORBIDDEN.value(), MESSAGE)
					: Mono.empty()));
	}

	private static boolean refused(ServerWebExchange exchange) {
		return exchange.getAttribute(ContractCorsProcessor.REFUSED) != null && !exchange.getResponse().isCommitted();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 4;
	}

}
