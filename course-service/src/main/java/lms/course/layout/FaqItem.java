package lms.course.layout;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A question and its answer on the FAQ page. */
record FaqItem(@JsonProperty("_id") String id, String question, String answer) {
}
