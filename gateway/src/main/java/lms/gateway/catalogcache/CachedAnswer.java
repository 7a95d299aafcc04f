package lms.gateway.catalogcache;

import java.time.Instant;

import lms.kit.cache.EventPosition;

import org.springframework.http.HttpHeaders;

/**
 * A public catalog answer as the course service gave it: the headers that describe the
 * bytes, the bytes, and the position in the course events the answer reflects.
 */
record CachedAnswer(HttpHeaders headers, byte[] body, Instant storedAt, EventPosition position) {

	String etag() {
		return this.headers.getETag();
	}

}
