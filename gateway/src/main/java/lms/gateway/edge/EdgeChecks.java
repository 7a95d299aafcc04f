package lms.gateway.edge;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every {@link EdgeCheck} in its order, in front of an answer that does not go through
 * Spring Cloud Gateway's filter chain.
 */
public final class EdgeChecks {

	private final List<EdgeCheck> checks;

	public EdgeChecks(List<EdgeCheck> checks) {
		this.checks = checks.stream().sorted(AnnotationAwareOrderComparator.INSTANCE).toList();
	}

	/** Runs the checks, then {@code answer} with the exchange as they left it. */
	public Mono<Void> then(ServerWebExchange exchange, GatewayFilterChain answer) {
		return new Next(0, answer).filter(exchange);
	}

	private final class Next implements GatewayFilterChain {

		private final int index;

		private final GatewayFilterChain answer;

		Next(int index, GatewayFilterChain answer) {
			this.index = index;
			this.answer = answer;
		}

		@Override
		public Mono<Void> filter(ServerWebExchange exchange) {
			if (this.index == EdgeChecks.this.checks.size()) {
				return this.answer.filter(exchange);
			}
			return EdgeChecks.this.checks.get(this.index).filter(exchange, new Next(this.index + 1, this.answer));
		}

	}

}
