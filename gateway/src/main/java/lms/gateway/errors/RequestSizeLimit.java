package lms.gateway.errors;

import java.util.concurrent.atomic.AtomicLong;

import lms.gateway.edge.EdgeCheck;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Refuses a body over {@code lms.web.max-request-size} with 413: a declared one before it
 * is forwarded, an undeclared (chunked) one as soon as the count passes the limit while
 * it streams to the service.
 */
@Component
class RequestSizeLimit implements EdgeCheck {

	private final long maxBytes;

	RequestSizeLimit(@Value("${lms.web.max-request-size}") org.springframework.util.unit.DataSize maxSize) {
		this.maxBytes = maxSize.toBytes();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		if (headers.getContentLength() > this.maxBytes) {
			return Mono.error(tooLarge());
		}
		if (headers.getContentLength() < 0 && headers.containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
			return chain.filter(exchange.mutate().request(counted(exchange.getRequest())).build());
		}
		return chain.filter(exchange);
	}

	private ServerHttpRequest counted(ServerHttpRequest request) {
		return new ServerHttpRequestDecorator(request) {

			@Override
			public Flux<DataBuffer> getBody() {
				return Flux.defer(() -> {
					AtomicLong seen = new AtomicLong();
					return super.getBody().handle((buffer, sink) -> {
						if (seen.addAndGet(buffer.readableByteCount()) > RequestSizeLimit.this.maxBytes) {
							DataBufferUtils.release(buffer);
							sink.error(tooLarge());
						}
						else {
							sink.next(buffer);
						}
					});
				});
			}

		};
	}

	private static ResponseStatusException tooLarge() {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
