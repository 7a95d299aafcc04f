package lms.course.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import lms.kit.cache.EventPosition;

/**
 * A catalog answer serialized once: its JSON, the same bytes gzipped once, a strong ETag
 * over the JSON, and the position in the course events it reflects (every event before
 * it).
 */
record CachedResponse(byte[] json, byte[] gzip, String etag, EventPosition position) {

	static CachedResponse of(SharedAnswer answer) {
		return new CachedResponse(answer.json(), gzip(answer.json()), etag(answer.json()), answer.position());
	}

	private static byte[] gzip(byte[] json) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, json.length / 8));
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String etag(byte[] json) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
