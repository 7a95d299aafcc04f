package lms.kit.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The contract's error body: {@code {"success":false,"message":…}}, with field errors for
 * validation failures.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(boolean success, String message, List<FieldError> errors) {

	public static ApiError of(String message) {
		return new ApiError(false, message, null);
	}

	public static ApiError of(String message, List<FieldError> errors) {
		return new ApiError(false, message, errors);
	}

	public record FieldError(String field, String message) {
	}

}
