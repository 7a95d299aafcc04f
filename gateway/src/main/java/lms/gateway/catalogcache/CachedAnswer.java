package lms.gateway.catalogcache;

import java.time.Instant;

import org.springframework.http.HttpHeaders;

/**
 * A public catalog answer as the course service gave it: the headers that describe the
 * bytes, and the bytes.
 */
record CachedAnswer(HttpHeaders headers, byte[] body, Instant storedAt) {

	String etag() {
		return this.headers.getETag();
	}

}
