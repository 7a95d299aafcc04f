package lms.kit.security.servlet;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lms.kit.security.AccessTokenVerifier;
import lms.kit.security.HttpAuthException;
import lms.kit.security.InvalidTokenException;
import lms.kit.security.TokenExtractor;
import lms.kit.security.TokenExtractor.RequestView;
import lms.kit.security.VerifiedToken;

import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Verifies the access token of every request that carries one and keeps the result as a
 * request attribute. An invalid token is answered 401 at once, except on public paths,
 * where it is ignored as the gateway ignores it.
 */
public class AccessTokenFilter extends OncePerRequestFilter {

	/** After observation filters, so refusals show up in HTTP metrics and traces. */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 50;

	static final String VERIFIED_TOKEN = AccessTokenFilter.class.getName() + ".verifiedToken";

	static final String TOKEN_FAILURE = AccessTokenFilter.class.getName() + ".tokenFailure";

	private final AccessTokenVerifier verifier;

	private final List<PathPattern> publicPaths;

	public AccessTokenFilter(AccessTokenVerifier verifier, List<String> publicPaths) {
		this.verifier = verifier;
		this.publicPaths = publicPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	/** The verified token of this request, if it carried a valid one. */
	public static Optional<VerifiedToken> verifiedToken(ServletRequest request) {
		return Optional.ofNullable((VerifiedToken) request.getAttribute(VERIFIED_TOKEN));
	}

	static Optional<InvalidTokenException> tokenFailure(ServletRequest request) {
		return Optional.ofNullable((InvalidTokenException) request.getAttribute(TOKEN_FAILURE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> token = TokenExtractor.accessToken(view(request));
		if (token.isPresent()) {
			try {
				request.setAttribute(VERIFIED_TOKEN, this.verifier.verify(token.get()));
			}
			catch (InvalidTokenException ex) {
				if (!isPublic(request)) {
					logger.debug("Refused access token: " + ex.getMessage());
					ErrorResponses.write(response, HttpAuthException.rejecting(ex));
					return;
				}
				request.setAttribute(TOKEN_FAILURE, ex);
			}
		}
		chain.doFilter(request, response);
	}

	private boolean isPublic(HttpServletRequest request) {
		if (this.publicPaths.isEmpty()) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer container = PathContainer.parsePath(path);
		return this.publicPaths.stream().anyMatch((pattern) -> pattern.matches(container));
	}

	static RequestView view(HttpServletRequest request) {
		return RequestView.of(request::getHeader, (name) -> cookie(request, name));
	}

	private static String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> name.equals(cookie.getName()))
			.map(Cookie::getValue)
			.findFirst()
			.orElse(null);
	}

}
