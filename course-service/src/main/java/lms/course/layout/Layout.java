package lms.course.layout;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import lms.kit.outbox.OutboxEntry;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A home page layout of one type (§3.5): the banner, the FAQ or the categories. */
@Document(Layout.COLLECTION)
record Layout(@Id @JsonProperty("_id") String id, String type, List<FaqItem> faq, List<Category> categories,
		Banner banner, @JsonIgnore List<OutboxEntry> outbox) {

	static final String COLLECTION = "layouts";

	Layout {
		faq = (faq != null) ? List.copyOf(faq) : List.of();
		categories = (categories != null) ? List.copyOf(categories) : List.of();
		outbox = (outbox != null) ? List.copyOf(outbox) : List.of();
	}

	String bannerPublicId() {
		return (this.banner != null && this.banner.image() != null) ? this.banner.image().publicId() : null;
	}

}
