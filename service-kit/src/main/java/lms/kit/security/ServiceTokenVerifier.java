package lms.kit.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies a service token outside the filter chain, e.g. a header by which the gateway
 * vouches for something: the caller if the token is a valid service token carrying the
 * scope, else nothing.
 */
public class ServiceTokenVerifier {

	private final JwtDecoder decoder;

	public ServiceTokenVerifier(JwtDecoder serviceTokenDecoder) {
		this.decoder = serviceTokenDecoder;
	}

	public Optional<ServiceCaller> verify(String token, String requiredScope) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		try {
			ServiceCaller caller = caller(this.decoder.decode(token));
			return caller.may(requiredScope) ? Optional.of(caller) : Optional.empty();
		}
		catch (JwtException ex) {
			return Optional.empty();
		}
	}

	static ServiceCaller caller(Jwt token) {
		String scope = token.getClaimAsString(TokenDecoders.SCOPE_CLAIM);
		Set<String> scopes = (scope != null)
				? Arrays.stream(scope.split(" ")).filter((s) -> !s.isBlank()).collect(Collectors.toSet()) : Set.of();
		return new ServiceCaller(token.getSubject(), scopes);
	}

}
