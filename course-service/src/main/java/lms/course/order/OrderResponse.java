package lms.course.order;

import lms.course.enrollment.Enrollment;

/** {@code {success, succcess, order}}: P's key has three c's, B's two; both are sent. */
record OrderResponse(boolean success, boolean succcess, OrderView order) {

	static OrderResponse of(Enrollment enrollment) {
		return new OrderResponse(true, true, OrderView.of(enrollment));
	}

}
