package lms.gateway.errors;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import lms.kit.web.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Every failure at the edge answers in the contract's shape: an unknown route 404, a
 * service that is down 503, a service too slow 504.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

	private final JsonMapper json;

	GatewayErrorHandler(JsonMapper json) {
		this.json = json;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		ServerHttpResponse response = exchange.getResponse();
		if (response.isCommitted()) {
			return Mono.error(ex);
		}
		ApiErrorAnswer answer = answer(exchange, ex);
		response.setStatusCode(answer.status());
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		DataBuffer body = response.bufferFactory().wrap(this.json.writeValueAsBytes(ApiError.of(answer.message())));
		return response.writeWith(Mono.just(body));
	}

	private ApiErrorAnswer answer(ServerWebExchange exchange, Throwable ex) {
		ResponseStatusException status = cause(ex, ResponseStatusException.class);
		if (status != null) {
			return forStatus(exchange, status.getStatusCode(), status.getReason());
		}
		if (causedBy(ex, ConnectException.class) || causedBy(ex, ConnectTimeoutException.class)
				|| causedBy(ex, UnknownHostException.class)) {
			return new ApiErrorAnswer(HttpStatus.SERVICE_UNAVAILABLE,
					"Service temporarily unavailable, try again shortly");
		}
		if (causedBy(ex, TimeoutException.class)) {
			return new ApiErrorAnswer(HttpStatus.GATEWAY_TIMEOUT, "The service took too long to answer");
		}
		log.error("Unexpected failure at the gateway", ex);
		return new ApiErrorAnswer(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error");
	}

	private static ApiErrorAnswer forStatus(ServerWebExchange exchange, HttpStatusCode code, String reason) {
		HttpStatus status = HttpStatus.valueOf(code.value());
		String message = switch (status) {
			case NOT_FOUND -> "Route " + exchange.getRequest().getURI().getRawPath() + query(exchange) + " not found";
			case GATEWAY_TIMEOUT -> "The service took too long to answer";
			case SERVICE_UNAVAILABLE -> "Service temporarily unavailable, try again shortly";
			case CONTENT_TOO_LARGE -> "Request body is too large";
			default -> (reason != null) ? reason : status.getReasonPhrase();
		};
		return new ApiErrorAnswer(status, message);
	}

	private static String query(ServerWebExchange exchange) {
		String query = exchange.getRequest().getURI().getRawQuery();
		return (query != null) ? "?" + query : "";
	}

	private static boolean causedBy(Throwable ex, Class<? extends Throwable> type) {
		return cause(ex, type) != null;
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	private record ApiErrorAnswer(HttpStatus status, String message) {
	}

}
