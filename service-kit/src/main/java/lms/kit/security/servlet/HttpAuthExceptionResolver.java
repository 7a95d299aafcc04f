package lms.kit.security.servlet;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lms.kit.security.HttpAuthException;

import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers {@link HttpAuthException}s (401, 403, 503) thrown by controllers and argument
 * resolution in the contract's shape, ahead of any general exception handler.
 */
class HttpAuthExceptionResolver implements HandlerExceptionResolver {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof HttpAuthException refusal)) {
			return null;
		}
		try {
			ErrorResponses.write(response, refusal);
		}
		catch (IOException writeFailure) {
			// The client went away; there is nobody left to answer.
		}
		return new ModelAndView();
	}

}
