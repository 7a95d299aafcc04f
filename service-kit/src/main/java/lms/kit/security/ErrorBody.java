package lms.kit.security;

/**
 * The contract's error body, {@code {"success":false,"message":"..."}}, written by hand
 * so the filters that refuse a request need no JSON library or web error model.
 */
public final class ErrorBody {

	private ErrorBody() {
	}

	public static String json(String message) {
		return "{\"success\":false,\"message\":\"" + escape(message) + "\"}";
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

}
