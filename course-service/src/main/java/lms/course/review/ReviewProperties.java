package lms.course.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.course.reviews.*}.
 *
 * @param repliesPerReview admins' replies one review may hold (a document of at most
 * about 1.5 MB with 5,000-character texts)
 */
@ConfigurationProperties("lms.course.reviews")
public record ReviewProperties(@DefaultValue("100") int repliesPerReview) {
}
