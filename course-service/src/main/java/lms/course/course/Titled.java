package lms.course.course;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A benefit or prerequisite: {@code {_id, title}}. */
public record Titled(@JsonProperty("_id") String id, String title) {
}
