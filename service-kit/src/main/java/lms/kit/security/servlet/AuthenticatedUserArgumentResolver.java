package lms.kit.security.servlet;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import lms.kit.security.AuthenticatedUser;
import lms.kit.security.AuthenticationRequiredException;
import lms.kit.security.HttpAuthException;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Supplies controller parameters of type {@link AuthenticatedUser} (401 without a valid
 * token) and {@code Optional<AuthenticatedUser>} (empty without one).
 */
public class AuthenticatedUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.nestedIfOptional().getNestedParameterType() == AuthenticatedUser.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		Optional<AuthenticatedUser> user = AccessTokenFilter.verifiedToken(request).map(AuthenticatedUser::of);
		if (parameter.getParameterType() == Optional.class) {
			return user;
		}
		return user.orElseThrow(() -> refusal(request));
	}

	private static HttpAuthException refusal(HttpServletRequest request) {
		return AccessTokenFilter.tokenFailure(request)
			.map(HttpAuthException::rejecting)
			.orElseGet(AuthenticationRequiredException::loginRequired);
	}

}
