package lms.kit.codes;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lms.code-sealing.*}: the keys identity-service seals activation and reset codes
 * with and notification-service opens them with. Set them from secret files
 * ({@code /run/secrets/lms/lms.code-sealing.current-key}) or the environment
 * ({@code LMS_CODESEALING_CURRENTKEY}); never in a file that goes into git or an image.
 *
 * @param currentKey Base64 of 32 random bytes ({@code openssl rand -base64 32}): seals,
 * and opens; the key of the stored codes' digests derives from it
 * @param previousKey the key before the last rotation: only opens and checks, so codes
 * sealed or stored just before a rotation are still mailed and accepted
 */
@ConfigurationProperties("lms.code-sealing")
public record CodeSealingProperties(String currentKey, String previousKey) {

	CodeSeal codeSeal() {
		return new CodeSeal(current(), previous());
	}

	CodeDigest codeDigest() {
		return new CodeDigest(current(), previous());
	}

	private SealingKey current() {
		if (this.currentKey == null || this.currentKey.isBlank()) {
			throw new IllegalStateException("lms.code-sealing.current-key is not set");
		}
		return SealingKey.parse("lms.code-sealing.current-key", this.currentKey);
	}

	private List<SealingKey> previous() {
		if (this.previousKey == null || this.previousKey.isBlank()) {
			return List.of();
		}
		return List.of(SealingKey.parse("lms.code-sealing.previous-key", this.previousKey));
	}

	/** Never prints the keys. */
	@Override
	public String toString() {
		return "CodeSealingProperties[currentKey=" + ((this.currentKey != null) ? "****" : null) + ", previousKey="
				+ ((this.previousKey != null) ? "****" : null) + "]";
	}

}
