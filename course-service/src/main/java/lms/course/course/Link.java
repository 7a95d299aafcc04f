package lms.course.course;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A lesson's link: {@code {_id, title, url}}. */
public record Link(@JsonProperty("_id") String id, String title, String url) {
}
