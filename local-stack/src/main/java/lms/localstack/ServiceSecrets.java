package lms.localstack;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The service-client secrets of one run, generated at start and handed to the services in
 * their environment only: never printed, never logged, never on a command line.
 */
final class ServiceSecrets {

	private final Map<LmsService, String> secrets;

	private ServiceSecrets(Map<LmsService, String> secrets) {
		this.secrets = secrets;
	}

	static ServiceSecrets generate() {
		SecureRandom random = new SecureRandom();
		Map<LmsService, String> secrets = new EnumMap<>(LmsService.class);
		for (LmsService service : LmsService.values()) {
			byte[] bytes = new byte[32];
			random.nextBytes(bytes);
			secrets.put(service, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		}
		return new ServiceSecrets(secrets);
	}

	/**
	 * {@code LMS_SECURITY_SERVICECLIENT_SECRET} for every service; identity also gets
	 * {@code LMS_IDENTITY_SERVICECLIENTS_<ID>_SECRET} of every other service.
	 */
	Map<String, String> environmentFor(LmsService service) {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("LMS_SECURITY_SERVICECLIENT_SECRET", this.secrets.get(service));
		if (service == LmsService.IDENTITY) {
			this.secrets.forEach((client, secret) -> {
				if (client != LmsService.IDENTITY) {
					environment.put(
							"LMS_IDENTITY_SERVICECLIENTS_" + client.shortName().toUpperCase(Locale.ROOT) + "_SECRET",
							secret);
				}
			});
		}
		return environment;
	}

	@Override
	public String toString() {
		return "ServiceSecrets[****]";
	}

}
