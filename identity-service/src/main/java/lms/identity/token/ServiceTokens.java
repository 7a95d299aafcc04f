package lms.identity.token;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import lms.kit.security.SecurityProperties;
import lms.kit.security.TokenDecoders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.stereotype.Component;

/**
 * Signs service tokens: JOSE {@code typ at+jwt}, audience {@code lms-internal},
 * {@code sub} and {@code client_id} the client, {@code scope} what it may call, minutes
 * of life.
 */
@Component
@EnableConfigurationProperties(ServiceClientsProperties.class)
public class ServiceTokens {

	private final TokenSigner signer;

	private final SecurityProperties security;

	private final TokenProperties properties;

	private final ServiceClientsProperties clients;

	private final Clock clock;

	ServiceTokens(TokenSigner signer, SecurityProperties security, TokenProperties properties,
			ServiceClientsProperties clients, Clock clock) {
		this.signer = signer;
		this.security = security;
		this.properties = properties;
		this.clients = clients;
		this.clock = clock;
	}

	/**
	 * A token for a known client with the scopes it asked for (all of its own when it
	 * asked for none); empty scopes when it asked for one it does not have.
	 */
	public Set<String> grantable(String clientId, Set<String> requested) {
		ServiceClientsProperties.Client client = this.clients.serviceClients().get(clientId);
		Set<String> own = (client != null) ? new LinkedHashSet<>(client.scopes()) : Set.of();
		if (requested.isEmpty()) {
			return own;
		}
		return own.containsAll(requested) ? requested : Set.of();
	}

	public Issued issue(String clientId, Set<String> scopes) {
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(this.properties.serviceTokenLifetime());
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.security.issuer())
			.audience(List.of(this.security.serviceAudience()))
			.subject(clientId)
			.claim("client_id", clientId)
			.claim(TokenDecoders.SCOPE_CLAIM, String.join(" ", scopes))
			.issuedAt(now)
			.expiresAt(expiresAt)
			.id(UUID.randomUUID().toString())
			.build();
		return new Issued(this.signer.sign(TokenDecoders.SERVICE_TOKEN_TYPE.getType(), claims), now, expiresAt, scopes);
	}

	/** A signed service token. */
	public record Issued(String token, Instant issuedAt, Instant expiresAt, Set<String> scopes) {

		@Override
		public String toString() {
			return "Issued[expiresAt=" + this.expiresAt + ", scopes=" + this.scopes + "]";
		}

	}

}
