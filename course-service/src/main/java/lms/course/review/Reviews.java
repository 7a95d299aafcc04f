package lms.course.review;

import java.util.ArrayList;
import java.util.List;

import lms.course.course.Course;
import lms.course.course.CourseChange;
import lms.course.course.CourseStore;
import lms.course.course.Ids;
import lms.course.course.Review;
import lms.course.course.ReviewReply;
import lms.course.course.UserSnapshot;
import lms.course.enrollment.CourseAccess;
import lms.course.users.UserDirectory;
import lms.events.course.ReviewAdded;
import lms.events.course.ReviewReplied;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * One review per student per course, the average rating recomputed in the same write, and
 * admins' replies.
 */
@Service
class Reviews {

	private final CourseStore store;

	private final CourseAccess access;

	private final UserDirectory users;

	Reviews(CourseStore store, CourseAccess access, UserDirectory users) {
		this.store = store;
		this.access = access;
		this.users = users;
	}

	Course add(AuthenticatedUser caller, String courseId, ReviewRequest request) {
		this.access.require(caller, courseId);
		UserSnapshot author = this.users.snapshot(caller);
		String reviewId = Ids.next();
		int rating = request.rating().intValueExact();
		this.store.write(courseId, (course) -> {
			if (course.reviews().stream().anyMatch((r) -> r.user() != null && caller.userId().equals(r.user().id()))) {
				throw ApiException.conflict("You have already reviewed this course");
			}
			var now = this.store.now();
			List<Review> reviews = new ArrayList<>(course.reviews());
			reviews.add(new Review(reviewId, author, rating, request.review(), List.of(), now, now));
			double average = reviews.stream().mapToInt(Review::rating).average().orElse(0);
			Update update = new Update().set("reviews", reviews).set("ratings", average).set("updatedAt", now);
			return CourseChange.of(update, null,
					new ReviewAdded(course.id(), reviewId, caller.userId(), author.name(), rating, course.name()));
		});
		return this.store.require(courseId);
	}

	Course reply(AuthenticatedUser admin, ReplyRequest request) {
		UserSnapshot author = this.users.snapshot(admin);
		String replyId = Ids.next();
		this.store.write(request.courseId(), (course) -> {
			Review review = course.review(request.reviewId())
				.orElseThrow(() -> ApiException.notFound("Review not found"));
			var now = this.store.now();
			Review replied = review.withReply(new ReviewReply(replyId, author, request.comment(), now, now));
			List<Review> reviews = course.reviews().stream().map((r) -> (r == review) ? replied : r).toList();
			return CourseChange.of(new Update().set("reviews", reviews).set("updatedAt", now), null,
					new ReviewReplied(course.id(), review.id(), replyId, admin.userId()));
		});
		return this.store.require(request.courseId());
	}

}
