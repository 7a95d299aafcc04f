package lms.identity.deployment;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The production switch of {@code lms.identity.keys.*}: replicas must share one
 * provisioned signing key; keys generated per replica would make each one's tokens
 * invalid at the others.
 *
 * @param requireProvisioned refuse to start unless {@code current} holds a key
 * (production topologies set it)
 * @param current the provisioned signing key (private EC P-256 JWK)
 */
@ConfigurationProperties("lms.identity.keys")
record ProvisionedKeysProperties(boolean requireProvisioned, String current) {

	boolean satisfied() {
		return !this.requireProvisioned || (this.current != null && !this.current.isBlank());
	}

}
