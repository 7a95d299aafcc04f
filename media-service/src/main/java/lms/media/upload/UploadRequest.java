package lms.media.upload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The upload port's body: the image as a data URL or an https URL, what it is for, and
 * whose it is.
 */
record UploadRequest(@NotBlank(message = "Please enter an image") String file,
		@NotBlank(message = "Please enter a purpose") String purpose,
		@NotBlank(message = "Please enter an owner id") @Size(max = 100) String ownerId) {

}
