package lms.course.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A catalog answer serialized once: its JSON, the same bytes gzipped once, and a strong
 * ETag over the JSON.
 */
record CachedResponse(byte[] json, byte[] gzip, String etag) {

	static CachedResponse of(byte[] json) {
		return new CachedResponse(json, gzip(json), etag(json));
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
