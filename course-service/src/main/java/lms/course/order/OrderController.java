package lms.course.order;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lms.course.enrollment.Enrollment;
import lms.course.enrollment.Enrollments;
import lms.kit.security.AdminOnly;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Orders: enrolling with a verified payment (or none for a free course), and the list.
 */
@RestController
@RequestMapping("/api/v1")
record OrderController(Orders orders, Enrollments enrollments) {

	private static final int MAX_LIMIT = 100;

	@Operation(summary = "Enroll the caller; a paid course needs payment_info.id of a succeeded PaymentIntent")
	@PostMapping("/create-order")
	@ResponseStatus(HttpStatus.CREATED)
	OrderResponse create(AuthenticatedUser user, @Valid @RequestBody OrderRequest request) {
		String intentId = request.paymentIntentId();
		return OrderResponse.of(this.orders.place(user.userId(), request.courseId(),
				(payments, userId, courseId, price) -> payments.spend(userId, intentId, courseId, price)));
	}

	@Operation(summary = "Enroll the caller with their newest unused succeeded payment")
	@PostMapping("/create-mobile-order")
	@ResponseStatus(HttpStatus.CREATED)
	OrderResponse createMobile(AuthenticatedUser user, @Valid @RequestBody OrderRequest request) {
		return OrderResponse.of(this.orders.place(user.userId(), request.courseId(),
				(payments, userId, courseId, price) -> payments.spendNewest(userId, courseId, price)));
	}

	@Operation(summary = "All orders, newest first (admin; optional page from 1 and limit)")
	@AdminOnly
	@GetMapping("/get-orders")
	OrdersResponse list(AuthenticatedUser user, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit) {
		user.requireAdmin();
		if ((page != null && page < 1) || (limit != null && (limit < 1 || limit > MAX_LIMIT))) {
			throw ApiException.badRequest("page must be at least 1 and limit between 1 and " + MAX_LIMIT);
		}
		List<Enrollment> found = (page == null && limit == null) ? this.enrollments.newest()
				: this.enrollments.newest((page != null) ? page : 1, (limit != null) ? limit : 20);
		return new OrdersResponse(true, found.stream().map(OrderView::of).toList());
	}

	/** {@code {success, orders}}. */
	record OrdersResponse(boolean success, List<OrderView> orders) {
	}

}
