package lms.kit.security.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers Spring Security's exceptions raised inside Spring MVC (a missing
 * {@code AuthenticatedUser}, a role check in a controller) with the same entry point and
 * access-denied handler as the filter chain, ahead of the general exception handler.
 */
class SecurityExceptionResolver implements HandlerExceptionResolver {

	private final AuthenticationEntryPoint entryPoint;

	private final AccessDeniedHandler accessDenied;

	SecurityExceptionResolver(AuthenticationEntryPoint entryPoint, AccessDeniedHandler accessDenied) {
		this.entryPoint = entryPoint;
		this.accessDenied = accessDenied;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		try {
			if (ex instanceof AuthenticationException authentication) {
				this.entryPoint.commence(request, response, authentication);
				return new ModelAndView();
			}
			if (ex instanceof AccessDeniedException denied) {
				this.accessDenied.handle(request, response, denied);
				return new ModelAndView();
			}
		}
		catch (Exception writeFailure) {
			// The client went away; there is nobody left to answer.
			return new ModelAndView();
		}
		return null;
	}

}
