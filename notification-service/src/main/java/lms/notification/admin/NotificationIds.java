package lms.notification.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A notification's id derived from the event that raised it: 24 hex characters, like the
 * original's ObjectIds, so a redelivered event maps onto the same document.
 */
final class NotificationIds {

	private NotificationIds() {
	}

	static String fromEvent(String eventId) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
