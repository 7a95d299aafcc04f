package lms.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import lms.kit.security.SecurityProperties;
import lms.kit.security.servlet.Refusals;
import lms.kit.security.servlet.ServletSecurityAutoConfiguration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The token endpoint's own filter chain, ahead of the kit's internal-routes chain: the
 * client authenticates with HTTP Basic (client id and secret, RFC 6749 §2.3.1); anything
 * else is 401 in the contract's shape.
 */
@Configuration(proxyBeanMethods = false)
class ServiceClientSecurity {

	@Bean
	@Order(ServletSecurityAutoConfiguration.INTERNAL_ROUTES_ORDER - 1)
	SecurityFilterChain tokenEndpointSecurityFilterChain(HttpSecurity http, ServiceClientsProperties clients)
			throws Exception {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider((clientId) -> client(clients, clientId));
		provider.setPasswordEncoder(new ClientSecrets());
		return http.securityMatcher(SecurityProperties.ServiceClient.TOKEN_PATH)
			.csrf(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authenticationManager(new ProviderManager(provider))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(Refusals.services()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(Refusals.services()))
			.build();
	}

	private static User client(ServiceClientsProperties clients, String clientId) {
		ServiceClientsProperties.Client client = clients.serviceClients().get(clientId);
		if (client == null || !client.canAuthenticate()) {
			throw new UsernameNotFoundException("Unknown service client");
		}
		return new User(clientId, client.secret(), List.of());
	}

	/**
	 * Secrets are configuration, not user passwords: compared in constant time rather
	 * than hashed at rest (they live in the same secret store as the clients' copies).
	 */
	static final class ClientSecrets implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			return raw.toString();
		}

		@Override
		public boolean matches(CharSequence raw, String stored) {
			return raw != null && stored != null && MessageDigest.isEqual(sha256(raw.toString()), sha256(stored));
		}

		private static byte[] sha256(String text) {
			try {
				return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
