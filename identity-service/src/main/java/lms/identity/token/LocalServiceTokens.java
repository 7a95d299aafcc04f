package lms.identity.token;

import java.time.Duration;
import java.util.Set;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.stereotype.Component;

/**
 * identity's own client-credentials grant (to call media-service) is answered in process:
 * the kit's Spring Security client asks this instead of identity's token endpoint over
 * HTTP, so identity needs no secret for itself.
 */
@Component
class LocalServiceTokens implements OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> {

	private final ServiceTokens tokens;

	LocalServiceTokens(ServiceTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(OAuth2ClientCredentialsGrantRequest request) {
		String clientId = request.getClientRegistration().getClientId();
		ServiceTokens.Issued issued = this.tokens.issue(clientId, this.tokens.grantable(clientId, Set.of()));
		return OAuth2AccessTokenResponse.withToken(issued.token())
			.tokenType(OAuth2AccessToken.TokenType.BEARER)
			.expiresIn(Duration.between(issued.issuedAt(), issued.expiresAt()).toSeconds())
			.scopes(issued.scopes())
			.build();
	}

}
