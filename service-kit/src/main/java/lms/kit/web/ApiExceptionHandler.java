package lms.kit.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every failure in the contract's shape with a status that says what happened; a
 * client's mistake is never a 500 and no answer carries a stack trace.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ApiError> api(ApiException ex) {
		return answer(ex.status(), ex.getMessage());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ApiError> invalid(MethodArgumentNotValidException ex) {
		List<ApiError.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new ApiError.FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		return validationFailed(errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ApiError> invalid(HandlerMethodValidationException ex) {
		List<ApiError.FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new ApiError.FieldError(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return validationFailed(errors);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ApiException api) {
				return api(api);
			}
		}
		return answer(HttpStatus.BAD_REQUEST, "Malformed JSON request body");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException ex) {
		return answer(HttpStatus.BAD_REQUEST, "Invalid value for " + ex.getName());
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException ex) {
		return answer(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content type must be application/json");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException ex) {
		return answer(HttpStatus.METHOD_NOT_ALLOWED, "Method " + ex.getMethod() + " is not allowed here");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ApiError> noRoute(NoResourceFoundException ex, HttpServletRequest request) {
		return answer(HttpStatus.NOT_FOUND, RouteNotFound.message(request));
	}

	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ApiError> storeDown(DataAccessResourceFailureException ex) {
		log.warn("Data store unavailable: {}", ex.getMessage());
		return answer(HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable, try again shortly");
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ApiError> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR, "Internal server error");
	}

	private static ResponseEntity<ApiError> validationFailed(List<ApiError.FieldError> errors) {
		String message = errors.isEmpty() ? "Validation failed"
				: errors.get(0).field() + ": " + errors.get(0).message();
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(ApiError.of(message, errors));
	}

	static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(ApiError.of(message));
	}

}
