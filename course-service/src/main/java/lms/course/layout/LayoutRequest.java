package lms.course.layout;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * create-layout's and edit-layout's body; the clients send every field and leave unused
 * ones out.
 */
record LayoutRequest(@NotBlank(message = "Please enter the layout type") String type, String image,
		@Size(max = 500) String title, @Size(max = 1000) String subTitle,
		@Size(max = 200) List<@Valid @NotNull FaqRequest> faq,
		@Size(max = 200) List<@Valid @NotNull CategoryRequest> categories) {

	record FaqRequest(@JsonProperty("_id") String id,
			@NotBlank(message = "Please enter the question") @Size(max = 2000) String question,
			@NotBlank(message = "Please enter the answer") @Size(max = 10_000) String answer) {
	}

	record CategoryRequest(@JsonProperty("_id") String id,
			@NotBlank(message = "Please enter the category title") @Size(max = 200) String title) {
	}

}
