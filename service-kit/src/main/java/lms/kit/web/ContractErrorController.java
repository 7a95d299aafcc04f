package lms.kit.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's whitelabel {@code /error} so that failures raised outside controllers
 * (the servlet container, filters) still answer in the contract's shape.
 */
@RestController
public class ContractErrorController implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<ApiError> error(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		String message = switch (status) {
			case NOT_FOUND -> "Route " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " not found";
			case CONTENT_TOO_LARGE -> "Request body is too large";
			case BAD_REQUEST -> "Bad request";
			default -> status.is5xxServerError() ? "Internal server error" : status.getReasonPhrase();
		};
		return ResponseEntity.status(status).body(ApiError.of(message));
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
