package lms.kit.web;

import org.springframework.http.HttpStatus;

/**
 * A failure a client can act on, answered with its status and message in the contract's
 * shape.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	public ApiException(HttpStatus status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	public HttpStatus status() {
		return this.status;
	}

	public static ApiException badRequest(String message) {
		return new ApiException(HttpStatus.BAD_REQUEST, message);
	}

	public static ApiException unauthorized(String message) {
		return new ApiException(HttpStatus.UNAUTHORIZED, message);
	}

	public static ApiException notFound(String message) {
		return new ApiException(HttpStatus.NOT_FOUND, message);
	}

	public static ApiException conflict(String message) {
		return new ApiException(HttpStatus.CONFLICT, message);
	}

	public static ApiException unprocessable(String message) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, message);
	}

	public static ApiException unavailable(String message) {
		return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, message);
	}

}
