package lms.kit.security.servlet;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * On public paths a valid token still authenticates the caller, but an invalid, expired
 * or unverifiable one leaves the request anonymous instead of answering 401, as the
 * gateway drops such a token on public routes.
 */
final class PublicPathsIgnoreInvalidTokens implements AuthenticationManagerResolver<HttpServletRequest> {

	private final AuthenticationManager strict;

	private final AuthenticationManager lenient;

	private final RequestMatcher publicPaths;

	PublicPathsIgnoreInvalidTokens(AuthenticationManager strict, List<String> publicPaths) {
		this.strict = strict;
		this.lenient = (authentication) -> {
			try {
				return strict.authenticate(authentication);
			}
			catch (AuthenticationException ex) {
				return new AnonymousAuthenticationToken("public-path", "anonymousUser",
						AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
			}
		};
		this.publicPaths = publicPaths.isEmpty() ? (request) -> false
				: new OrRequestMatcher(publicPaths.stream()
					.map((pattern) -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(pattern))
					.toList());
	}

	@Override
	public AuthenticationManager resolve(HttpServletRequest request) {
		return this.publicPaths.matches(request) ? this.lenient : this.strict;
	}

}
