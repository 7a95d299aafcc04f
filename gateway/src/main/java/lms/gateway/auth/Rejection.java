package lms.gateway.auth;

import java.nio.charset.StandardCharsets;

import lms.kit.security.ErrorBody;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/** Answers a refused request in the contract's shape without forwarding it. */
public final class Rejection {

	private Rejection() {
	}

	public static Mono<Void> answer(ServerWebExchange exchange, int status, String message) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(HttpStatus.valueOf(status));
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		response.getHeaders().setCacheControl("no-store");
		byte[] body = ErrorBody.json(message).getBytes(StandardCharsets.UTF_8);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
	}

}
