package lms.gateway.catalogcache;

import java.time.Instant;

import lms.kit.cache.EventPosition;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/**
 * A public catalog answer as the course service gave it: the headers that describe the
 * bytes, the bytes, and the position in the course events the answer reflects.
 */
record CachedAnswer(HttpHeaders headers, byte[] body, Instant storedAt, EventPosition position) {

	String etag() {
		return this.headers.getETag();
	}

	/**
	 * Answers with these headers and bytes, or 304 without a body when the client's
	 * {@code If-None-Match} names this answer's ETag.
	 */
	Mono<Void> writeTo(ServerWebExchange exchange) {
		ServerHttpResponse response = exchange.getResponse();
		response.getHeaders().addAll(this.headers);
		String etag = etag();
		if (etag != null && exchange.getRequest().getHeaders().getIfNoneMatch().contains(etag)) {
			response.setStatusCode(HttpStatus.NOT_MODIFIED);
			response.getHeaders().remove(HttpHeaders.CONTENT_ENCODING);
			return response.setComplete();
		}
		response.setStatusCode(HttpStatus.OK);
		response.getHeaders().setContentLength(this.body.length);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(this.body)));
	}

}
