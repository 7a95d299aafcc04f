package lms.gateway.usercache;

import lms.kit.cache.EventPosition;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * A caller's {@code me} answer as identity gave it: the headers that describe the bytes,
 * the bytes, and the position in the user events it reflects.
 */
record UserAnswer(HttpHeaders headers, byte[] body, EventPosition position) {

	Mono<Void> writeTo(ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		response.getHeaders().addAll(this.headers);
		response.setStatusCode(HttpStatus.OK);
		response.getHeaders().setContentLength(this.body.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(this.body)));
	}

}
