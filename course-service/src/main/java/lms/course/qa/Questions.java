package lms.course.qa;

import java.time.Instant;
import java.util.List;

import lms.course.course.Answer;
import lms.course.course.Course;
import lms.course.course.CourseDiscussions;
import lms.course.course.CourseStore;
import lms.course.course.Ids;
import lms.course.course.Lesson;
import lms.course.course.Question;
import lms.course.course.QuestionThread;
import lms.course.course.UserSnapshot;
import lms.course.enrollment.CourseAccess;
import lms.course.users.Contact;
import lms.course.users.UserDirectory;
import lms.events.course.QuestionAnswered;
import lms.events.course.QuestionAsked;
import lms.kit.outbox.Outbox;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Questions on lessons and their answers, for a course's students and admins. A question
 * is a document of its own with its event in the same insert; an answer is pushed onto it
 * with its event in one update that holds only while the thread is below its limit. Each
 * user's questions and answers per course are counted ({@link QaQuota}).
 */
@Service
@EnableConfigurationProperties(QaProperties.class)
class Questions {

	private final CourseStore store;

	private final CourseDiscussions discussions;

	private final CourseAccess access;

	private final UserDirectory users;

	private final QaQuota quota;

	private final QaProperties limits;

	private final MongoTemplate mongo;

	private final Outbox outbox;

	Questions(CourseStore store, CourseDiscussions discussions, CourseAccess access, UserDirectory users, QaQuota quota,
			QaProperties limits, MongoTemplate mongo, Outbox outbox) {
		this.store = store;
		this.discussions = discussions;
		this.access = access;
		this.users = users;
		this.quota = quota;
		this.limits = limits;
		this.mongo = mongo;
		this.outbox = outbox;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureIndexes() {
		this.mongo.indexOps(QuestionThread.class).createIndex(new Index().on("courseId", Sort.Direction.ASC));
	}

	Course ask(AuthenticatedUser caller, QuestionRequest request) {
		this.access.require(caller, request.courseId());
		Course course = this.store.require(request.courseId());
		Lesson lesson = lesson(course, request.contentId());
		UserSnapshot author = this.users.snapshot(caller);
		var now = this.store.now();
		Question question = new Question(Ids.next(), author, request.question(), List.of(), now, now);
		var event = new QuestionAsked(course.id(), lesson.id(), question.id(), caller.userId(), author.name(),
				course.name(), lesson.title());
		this.quota.take(caller, course.id(), QaQuota.Kind.QUESTIONS);
		try {
			this.mongo.insert(QuestionThread.asked(course.id(), lesson.id(), question, this.outbox.entries(event)));
		}
		catch (RuntimeException ex) {
			this.quota.giveBack(caller, course.id(), QaQuota.Kind.QUESTIONS);
			throw ex;
		}
		this.outbox.written();
		return this.discussions.withReviews(this.store.require(course.id()));
	}

	Course answer(AuthenticatedUser caller, AnswerRequest request) {
		this.access.require(caller, request.courseId());
		Course course = this.store.require(request.courseId());
		Lesson lesson = lesson(course, request.contentId());
		QuestionThread thread = this.mongo.findOne(Query.query(Criteria.where("_id")
			.is(request.questionId())
			.and("courseId")
			.is(course.id())
			.and("lessonId")
			.is(lesson.id())), QuestionThread.class);
		if (thread == null) {
			throw ApiException.badRequest("Invalid question id");
		}
		UserSnapshot author = this.users.snapshot(caller);
		var now = this.store.now();
		Answer answer = new Answer(Ids.next(), author, request.answer(), now, now);
		UserSnapshot asker = thread.user();
		var event = new QuestionAnswered(course.id(), lesson.id(), thread.id(), answer.id(), caller.userId(),
				asker.id(), askerEmail(asker), asker.name(), lesson.title());
		this.quota.take(caller, course.id(), QaQuota.Kind.ANSWERS);
		boolean pushed;
		try {
			pushed = push(thread, answer, now, event);
		}
		catch (RuntimeException ex) {
			this.quota.giveBack(caller, course.id(), QaQuota.Kind.ANSWERS);
			throw ex;
		}
		if (!pushed) {
			this.quota.giveBack(caller, course.id(), QaQuota.Kind.ANSWERS);
			throw ApiException.unprocessable(
					"This question has reached its limit of %d answers".formatted(this.limits.answersPerQuestion()));
		}
		this.outbox.written();
		return this.discussions.withReviews(this.store.require(course.id()));
	}

	/** False when the thread holds its limit of answers already. */
	private boolean push(QuestionThread thread, Answer answer, Instant now, QuestionAnswered event) {
		Query belowLimit = Query.query(Criteria.where("_id")
			.is(thread.id())
			.and(QuestionThread.ANSWERS + "." + (this.limits.answersPerQuestion() - 1))
			.exists(false));
		Update update = new Update().push(QuestionThread.ANSWERS, answer).set("updatedAt", now).inc("revision", 1);
		return this.mongo.updateFirst(belowLimit, this.outbox.append(update, event), QuestionThread.class)
			.getMatchedCount() == 1;
	}

	/** Nothing only for an asker identity no longer has: their account was deleted. */
	private String askerEmail(UserSnapshot asker) {
		return this.users.findContact(asker.id()).map(Contact::email).orElse(null);
	}

	private static Lesson lesson(Course course, String contentId) {
		return course.lesson(contentId).orElseThrow(() -> ApiException.badRequest("Invalid content id"));
	}

}
