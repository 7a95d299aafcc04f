package lms.identity.session;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque refresh tokens {@code <sessionId>.<generation>.<mac>}: the MAC under the
 * session's own key proves the server issued that generation, so a retired token is told
 * apart from a forged one without storing every token ever issued.
 */
final class RefreshTokens {

	private RefreshTokens() {
	}

	static String format(Session session, long generation) {
		return session.id() + "." + generation + "." + mac(session.key(), session.id(), generation);
	}

	static Optional<Parsed> parse(String token) {
		if (token == null) {
			return Optional.empty();
		}
		String[] parts = token.split("\\.");
		if (parts.length != 3 || parts[0].isEmpty() || parts[2].isEmpty() || !parts[1].matches("\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(new Parsed(parts[0], Long.parseLong(parts[1]), parts[2]));
	}

	static boolean isGenuine(Parsed token, Session session) {
		byte[] expected = mac(session.key(), session.id(), token.generation()).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, token.mac().getBytes(StandardCharsets.US_ASCII));
	}

	private static String mac(byte[] key, String sessionId, long generation) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			byte[] digest = mac.doFinal((sessionId + "." + generation).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Parsed(String sessionId, long generation, String mac) {

		@Override
		public String toString() {
			return "RefreshToken[sessionId=" + this.sessionId + ", generation=" + this.generation + "]";
		}

	}

}
