package lms.identity.social;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.identity.social.issuers[]}: the OpenID providers whose ID tokens sign users
 * in, each with its JWKS and the client ids (audiences) issued to our clients.
 */
@ConfigurationProperties("lms.identity.social")
public record SocialProperties(@DefaultValue List<Issuer> issuers) {

	public SocialProperties {
		issuers = (issuers != null) ? List.copyOf(issuers) : List.of();
	}

	public record Issuer(String issuer, URI jwksUri, List<String> audiences) {

		public Issuer {
			audiences = (audiences != null) ? List.copyOf(audiences) : List.of();
		}

	}

}
