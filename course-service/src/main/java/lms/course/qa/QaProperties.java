package lms.course.qa;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.course.qa.*}: how much one user may write into a course's Q&A, and how long
 * a thread may grow. Admins (the instructors) answer without a per-user limit. The
 * reasons for the figures are in {@code docs/decisions.md}.
 *
 * @param questionsPerUser questions one user may ask in one course
 * @param answersPerUser answers one user may give in one course
 * @param answersPerQuestion answers one question may hold (a document of at most about 3
 * MB with 5,000-character texts)
 */
@ConfigurationProperties("lms.course.qa")
public record QaProperties(@DefaultValue("100") int questionsPerUser, @DefaultValue("300") int answersPerUser,
		@DefaultValue("200") int answersPerQuestion) {
}
