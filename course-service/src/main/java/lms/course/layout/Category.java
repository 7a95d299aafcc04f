package lms.course.layout;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A course category. */
record Category(@JsonProperty("_id") String id, String title) {
}
