package lms.identity.throttle;

import lms.kit.web.ApiError;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ThrottleExceptionHandler {

	@ExceptionHandler(TooManyAttempts.class)
	ResponseEntity<ApiError> throttled(TooManyAttempts ex) {
		return ResponseEntity.status(ex.status())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000)))
			.body(ApiError.of(ex.getMessage()));
	}

}
