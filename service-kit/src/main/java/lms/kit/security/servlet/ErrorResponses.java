package lms.kit.security.servlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import lms.kit.security.ErrorBody;
import lms.kit.security.HttpAuthException;

/**
 * Writes a refusal in the contract's shape straight to the servlet response.
 */
final class ErrorResponses {

	private ErrorResponses() {
	}

	static void write(HttpServletResponse response, HttpAuthException ex) throws IOException {
		byte[] body = ErrorBody.json(ex.getMessage()).getBytes(StandardCharsets.UTF_8);
		response.resetBuffer();
		response.setStatus(ex.status());
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		if (ex.status() == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

}
