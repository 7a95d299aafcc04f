package lms.identity.web;

import lms.kit.web.ApiError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Redis holds the sessions: when it does not answer, login and refresh are 503 (try
 * again), never 500.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StoreUnavailableHandler {

	private static final Logger log = LoggerFactory.getLogger(StoreUnavailableHandler.class);

	@ExceptionHandler({ RedisConnectionFailureException.class, RedisSystemException.class,
			QueryTimeoutException.class })
	ResponseEntity<ApiError> unavailable(RuntimeException ex) {
		log.warn("Session store unavailable: {}", ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.body(ApiError.of("Service temporarily unavailable, try again shortly"));
	}

}
