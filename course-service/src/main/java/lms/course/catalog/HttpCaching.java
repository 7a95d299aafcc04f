package lms.course.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import lms.kit.cache.EventPosition;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers a cached catalog response: 304 when the client has it, else the bytes, gzipped
 * when the client accepts it. Caches may keep it but must revalidate. The position in the
 * course events the answer reflects goes along ({@link EventPosition#HEADER}), so the
 * gateway can refuse an answer older than an event it has seen.
 */
final class HttpCaching {

	static final String CACHE_CONTROL = "public, max-age=0, must-revalidate";

	private HttpCaching() {
	}

	static ResponseEntity<byte[]> answer(CachedResponse response, String ifNoneMatch, String acceptEncoding) {
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(response.etag());
		headers.setCacheControl(CACHE_CONTROL);
		headers.setVary(List.of(HttpHeaders.ACCEPT_ENCODING));
		if (!response.position().offsets().isEmpty()) {
			headers.set(EventPosition.HEADER, response.position().format());
		}
		if (matches(ifNoneMatch, response.etag())) {
			return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
		}
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (acceptsGzip(acceptEncoding)) {
			headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
			return new ResponseEntity<>(response.gzip(), headers, HttpStatus.OK);
		}
		return new ResponseEntity<>(response.json(), headers, HttpStatus.OK);
	}

	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		return Arrays.stream(ifNoneMatch.split(","))
			.map(String::trim)
			.map((tag) -> tag.startsWith("W/") ? tag.substring(2) : tag)
			.anyMatch((tag) -> tag.equals("*") || tag.equals(etag));
	}

	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		return Arrays.stream(acceptEncoding.toLowerCase(Locale.ROOT).split(","))
			.map(String::trim)
			.anyMatch((coding) -> coding.equals("gzip")
					|| (coding.startsWith("gzip;") && !coding.matches("gzip;\\s*q=0(\\.0*)?")));
	}

}
