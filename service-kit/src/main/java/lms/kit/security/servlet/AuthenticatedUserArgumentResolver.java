package lms.kit.security.servlet;

import java.util.Optional;

import lms.kit.security.AuthenticatedUser;

import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Supplies controller parameters of type {@link AuthenticatedUser} from the user Spring
 * Security authenticated (401 without one) and {@code Optional<AuthenticatedUser>} (empty
 * without one).
 */
class AuthenticatedUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.nestedIfOptional().getNestedParameterType() == AuthenticatedUser.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		Optional<AuthenticatedUser> user = current();
		if (parameter.getParameterType() == Optional.class) {
			return user;
		}
		return user.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No access token"));
	}

	static Optional<AuthenticatedUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return Optional.of(AuthenticatedUser.of(token.getToken()));
		}
		return Optional.empty();
	}

}
