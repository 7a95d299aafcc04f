package lms.course.course;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;

/** A lesson link as sent. */
public record LinkRequest(@JsonProperty("_id") String id, @Size(max = 500) String title, @Size(max = 2000) String url) {

	Link toLink() {
		return new Link(Ids.keepOrNew(this.id), this.title, this.url);
	}

}
