package lms.gateway.errors;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Refuses a declared body over {@code lms.web.max-request-size} with 413 before it is
 * forwarded; the services count undeclared (chunked) bodies themselves.
 */
@Component
class RequestSizeLimit implements GlobalFilter, Ordered {

	private final long maxBytes;

	RequestSizeLimit(@Value("${lms.web.max-request-size}") DataSize maxSize) {
		this.maxBytes = maxSize.toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		if (exchange.getRequest().getHeaders().getContentLength() > this.maxBytes) {
			return Mono.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE));
		}
		return chain.filter(exchange);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
