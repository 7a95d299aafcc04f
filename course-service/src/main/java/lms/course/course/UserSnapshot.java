package lms.course.course;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The author embedded in questions, answers, reviews and replies: only what the clients
 * read, never an email.
 */
public record UserSnapshot(@JsonProperty("_id") String id, String name, Image avatar, String role) {
}
