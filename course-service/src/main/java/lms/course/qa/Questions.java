package lms.course.qa;

import java.time.Instant;
import java.util.List;

import lms.course.course.Answer;
import lms.course.course.Course;
import lms.course.course.CourseChange;
import lms.course.course.CourseStore;
import lms.course.course.Ids;
import lms.course.course.Lesson;
import lms.course.course.Question;
import lms.course.course.UserSnapshot;
import lms.course.enrollment.CourseAccess;
import lms.course.users.Contact;
import lms.course.users.UserDirectory;
import lms.events.course.QuestionAnswered;
import lms.events.course.QuestionAsked;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** Questions on lessons and their answers, for a course's students and admins. */
@Service
class Questions {

	private final CourseStore store;

	private final CourseAccess access;

	private final UserDirectory users;

	Questions(CourseStore store, CourseAccess access, UserDirectory users) {
		this.store = store;
		this.access = access;
		this.users = users;
	}

	Course ask(AuthenticatedUser caller, QuestionRequest request) {
		this.access.require(caller, request.courseId());
		UserSnapshot author = this.users.snapshot(caller);
		String questionId = Ids.next();
		this.store.write(request.courseId(), (course) -> {
			Lesson lesson = lesson(course, request.contentId());
			var now = this.store.now();
			Question question = new Question(questionId, author, request.question(), List.of(), now, now);
			var event = new QuestionAsked(course.id(), lesson.id(), questionId, caller.userId(), author.name(),
					course.name(), lesson.title());
			return CourseChange.of(lessons(course, lesson.withQuestion(question), now), null, event);
		});
		return this.store.require(request.courseId());
	}

	Course answer(AuthenticatedUser caller, AnswerRequest request) {
		this.access.require(caller, request.courseId());
		UserSnapshot author = this.users.snapshot(caller);
		String answerId = Ids.next();
		this.store.write(request.courseId(), (course) -> {
			Lesson lesson = lesson(course, request.contentId());
			Question question = lesson.questions()
				.stream()
				.filter((q) -> q.id().equals(request.questionId()))
				.findFirst()
				.orElseThrow(() -> ApiException.badRequest("Invalid question id"));
			var now = this.store.now();
			Answer answer = new Answer(answerId, author, request.answer(), now, now);
			UserSnapshot asker = question.user();
			var event = new QuestionAnswered(course.id(), lesson.id(), question.id(), answerId, caller.userId(),
					asker.id(), askerEmail(asker), asker.name(), lesson.title());
			return CourseChange.of(lessons(course, lesson.replacing(question.withAnswer(answer)), now), null, event);
		});
		return this.store.require(request.courseId());
	}

	/** Nothing only for an asker identity no longer has: their account was deleted. */
	private String askerEmail(UserSnapshot asker) {
		return this.users.findContact(asker.id()).map(Contact::email).orElse(null);
	}

	private static Lesson lesson(Course course, String contentId) {
		return course.lesson(contentId).orElseThrow(() -> ApiException.badRequest("Invalid content id"));
	}

	private static Update lessons(Course course, Lesson changed, Instant now) {
		List<Lesson> lessons = course.courseData()
			.stream()
			.map((l) -> l.id().equals(changed.id()) ? changed : l)
			.toList();
		return new Update().set("courseData", lessons).set("updatedAt", now);
	}

}
