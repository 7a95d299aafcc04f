package lms.kit.codes;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lms.code-sealing.*}: the keys identity-service seals activation and reset codes
 * with and notification-service opens them with. Set them from secret files
 * ({@code /run/secrets/lms/lms.code-sealing.current-key}) or the environment
 * ({@code LMS_CODESEALING_CURRENTKEY}); never in a file that goes into git or an image.
 *
 * @param currentKey Base64 of 32 random bytes ({@code openssl rand -base64 32}): seals,
 * and opens
 * @param previousKey the key before the last rotation: only opens, so codes sealed just
 * before a rotation are still mailed
 */
@ConfigurationProperties("lms.code-sealing")
public record CodeSealingProperties(String currentKey, String previousKey) {

	CodeSeal codeSeal() {
		if (this.currentKey == null || this.currentKey.isBlank()) {
			throw new IllegalStateException("lms.code-sealing.current-key is not set");
		}
		List<SealingKey> previous = new ArrayList<>();
		if (this.previousKey != null && !this.previousKey.isBlank()) {
			previous.add(SealingKey.parse("lms.code-sealing.previous-key", this.previousKey));
		}
		return new CodeSeal(SealingKey.parse("lms.code-sealing.current-key", this.currentKey), previous);
	}

	/** Never prints the keys. */
	@Override
	public String toString() {
		return "CodeSealingProperties[currentKey=" + ((this.currentKey != null) ? "****" : null) + ", previousKey="
				+ ((this.previousKey != null) ? "****" : null) + "]";
	}

}
