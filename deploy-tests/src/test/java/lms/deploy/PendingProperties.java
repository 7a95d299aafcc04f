package lms.deploy;

import java.util.Set;

/**
 * Properties the topologies already set that other work in progress adds to the services
 * (the trusted proxies of issue 15). Remove a name here once the service reads it: the
 * checks then hold it to the real metadata like every other.
 */
final class PendingProperties {

	private static final Set<String> PENDING = Set.of("lms.gateway.client-address.trusted-proxies");

	private PendingProperties() {
	}

	static boolean bindsOrIsPending(ConfigurationKeys keys, String property) {
		return keys.bindsProperty(property) || isPending(ConfigurationKeys.relaxed(property));
	}

	static boolean bindsOrIsPendingVariable(ConfigurationKeys keys, String variable) {
		return keys.bindsVariable(variable) || isPending(variable.toLowerCase(java.util.Locale.ROOT).replace('_', '.'));
	}

	private static boolean isPending(String relaxed) {
		return PENDING.stream()
			.map(ConfigurationKeys::relaxed)
			.anyMatch((pending) -> relaxed.equals(pending) || relaxed.startsWith(pending + "."));
	}

}
