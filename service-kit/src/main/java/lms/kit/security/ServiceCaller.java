package lms.kit.security;

import java.util.Set;

/**
 * Another of our services, as its verified service token names it.
 *
 * @param clientId the client id identity issued the token to
 * @param scopes what it may call
 */
public record ServiceCaller(String clientId, Set<String> scopes) {

	public ServiceCaller {
		scopes = Set.copyOf(scopes);
	}

	public boolean may(String scope) {
		return this.scopes.contains(scope);
	}

}
