package lms.course.course;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;

/** A benefit or prerequisite as sent; {@code _id} when the client sends one back. */
public record TitledRequest(@JsonProperty("_id") String id, @Size(max = 500) String title) {

	Titled toTitled() {
		return new Titled(Ids.keepOrNew(this.id), this.title);
	}

}
