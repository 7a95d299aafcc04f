package lms.identity.token;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.service-clients.<id>.*}: the services that may obtain service
 * tokens and what each may call. A client without a secret cannot authenticate (identity
 * itself needs none: it mints its own tokens in process).
 *
 * @param serviceClients by client id
 */
@ConfigurationProperties("lms.identity")
public record ServiceClientsProperties(@DefaultValue Map<String, Client> serviceClients) {

	public ServiceClientsProperties {
		serviceClients = (serviceClients != null) ? Map.copyOf(serviceClients) : Map.of();
	}

	/**
	 * @param secret the client's secret (env
	 * {@code LMS_IDENTITY_SERVICECLIENTS_<ID>_SECRET} or the file
	 * {@code /run/secrets/lms/lms.identity.service-clients.<id>.secret})
	 * @param scopes the scopes its tokens carry
	 */
	public record Client(String secret, @DefaultValue List<String> scopes) {

		public Client {
			scopes = (scopes != null) ? List.copyOf(scopes) : List.of();
		}

		boolean canAuthenticate() {
			return this.secret != null && !this.secret.isBlank();
		}

		@Override
		public String toString() {
			return "Client[scopes=" + this.scopes + "]";
		}

	}

}
