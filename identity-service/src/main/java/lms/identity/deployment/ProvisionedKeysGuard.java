package lms.identity.deployment;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Stops identity-service at start when production requires provisioned signing keys and
 * none were given, instead of generating a key of its own that no other replica shares.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProvisionedKeysProperties.class)
class ProvisionedKeysGuard {

	ProvisionedKeysGuard(ProvisionedKeysProperties keys) {
		if (!keys.satisfied()) {
			throw new IllegalStateException("lms.identity.keys.require-provisioned is set but no signing key was "
					+ "provisioned: give lms.identity.keys.current (a private EC P-256 JWK), e.g. as the secret file "
					+ "/run/secrets/lms/lms.identity.keys.current");
		}
	}

}
