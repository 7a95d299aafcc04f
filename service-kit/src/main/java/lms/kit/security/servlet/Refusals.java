package lms.kit.security.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import lms.kit.security.AuthenticatedUser;
import lms.kit.security.ErrorBody;
import lms.kit.security.Refusal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Spring Security's answers in the contract's shape, with today's statuses and messages:
 * for users 401 (login required or token expired), 503 (keys or sessions unavailable) and
 * 403 naming the role; for internal routes 401 whatever is wrong with the credentials.
 */
public final class Refusals {

	private Refusals() {
	}

	public static AuthenticationEntryPoint users() {
		return (request, response, ex) -> write(response, Refusal.of(ex).status(), Refusal.of(ex).message());
	}

	public static AccessDeniedHandler roleRefused() {
		return (request, response, ex) -> write(response, 403, AuthenticatedUser.refusal(role()));
	}

	public static AuthenticationEntryPoint services() {
		return (request, response, ex) -> writeServiceRefusal(response);
	}

	public static AccessDeniedHandler scopeRefused() {
		return (request, response, ex) -> writeServiceRefusal(response);
	}

	private static void writeServiceRefusal(HttpServletResponse response) throws IOException {
		write(response, Refusal.SERVICE_CREDENTIALS_REQUIRED.status(), Refusal.SERVICE_CREDENTIALS_REQUIRED.message());
	}

	private static String role() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken token) {
			return AuthenticatedUser.of(token.getToken()).role();
		}
		return null;
	}

	public static void write(HttpServletResponse response, int status, String message) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		byte[] body = ErrorBody.json(message).getBytes(StandardCharsets.UTF_8);
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
