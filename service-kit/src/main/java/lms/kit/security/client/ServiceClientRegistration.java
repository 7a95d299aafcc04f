package lms.kit.security.client;

import lms.kit.security.SecurityProperties;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * This service's client registration at identity's token endpoint: client credentials,
 * secret sent with HTTP Basic. Shared by the servlet services and the reactive gateway.
 */
public final class ServiceClientRegistration {

	public static final String ID = "lms-services";

	private ServiceClientRegistration() {
	}

	public static ClientRegistration of(SecurityProperties.ServiceClient client, Environment environment) {
		return ClientRegistration.withRegistrationId(ID)
			.clientId(environment.resolveRequiredPlaceholders(orEmpty(client.id())))
			.clientSecret(orEmpty(client.secret()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri(environment.resolveRequiredPlaceholders(client.tokenUrl()))
			.build();
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
