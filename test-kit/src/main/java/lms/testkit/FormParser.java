package lms.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses {@code multipart/form-data} and {@code application/x-www-form-urlencoded}
 * bodies. Repeated {@code name[]} fields are joined with commas under {@code name}, the
 * way Cloudinary signs arrays.
 */
final class FormParser {

	private static final String CRLF = "\r\n";

	private FormParser() {
	}

	/**
	 * The fields of a form and its file, if any.
	 *
	 * @param fields text fields in arrival order
	 * @param file the bytes of a file part, or of a {@code file} data URI, or
	 * {@code null}
	 */
	record Form(Map<String, String> fields, byte[] file) {

		long fileSize() {
			return (this.file != null) ? this.file.length : 0;
		}

	}

	static Form parse(String contentType, byte[] body) {
		if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
			return multipart(attribute(contentType, "boundary"), body);
		}
		return urlEncoded(new String(body, StandardCharsets.UTF_8));
	}

	private static Form urlEncoded(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (!pair.isEmpty()) {
				add(fields, decode((eq < 0) ? pair : pair.substring(0, eq)),
						(eq < 0) ? "" : decode(pair.substring(eq + 1)));
			}
		}
		return new Form(fields, dataUri(fields.get("file")));
	}

	private static Form multipart(String boundary, byte[] body) {
		// ISO-8859-1 maps each byte to one char, so binary parts survive the split
		String raw = new String(body, StandardCharsets.ISO_8859_1);
		Map<String, String> fields = new LinkedHashMap<>();
		byte[] file = null;
		for (String part : raw.split(Pattern.quote("--" + boundary))) {
			int headerEnd = part.indexOf(CRLF + CRLF);
			String name = (headerEnd >= 0) ? attribute(part.substring(0, headerEnd), "name") : null;
			if (name != null) {
				String content = part.substring(headerEnd + 4, part.length() - (part.endsWith(CRLF) ? 2 : 0));
				byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
				if (attribute(part.substring(0, headerEnd), "filename") != null) {
					file = bytes;
				}
				else {
					add(fields, name, new String(bytes, StandardCharsets.UTF_8));
				}
			}
		}
		return new Form(fields, (file != null) ? file : dataUri(fields.get("file")));
	}

	private static void add(Map<String, String> fields, String name, String value) {
		if (name.endsWith("[]")) {
			fields.merge(name.substring(0, name.length() - 2), value, (old, next) -> old + "," + next);
		}
		else {
			fields.put(name, value);
		}
	}

	private static byte[] dataUri(String file) {
		int comma = (file != null && file.startsWith("data:")) ? file.indexOf(";base64,") : -1;
		return (comma >= 0) ? Base64.getMimeDecoder().decode(file.substring(comma + 8)) : null;
	}

	private static String attribute(String header, String name) {
		Matcher matcher = Pattern.compile("[;\\s]" + name + "=(\"([^\"]*)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE)
			.matcher(" " + header);
		if (!matcher.find()) {
			return null;
		}
		return (matcher.group(2) != null) ? matcher.group(2) : matcher.group(1);
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
