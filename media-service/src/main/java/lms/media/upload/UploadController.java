package lms.media.upload;

import jakarta.validation.Valid;
import lms.media.api.StoredImage;
import lms.kit.security.ServiceScope;
import lms.kit.security.ServiceScopes;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The internal upload port identity-service and course-service call; the gateway does not
 * route it.
 */
@RestController
record UploadController(UploadService uploads) {

	@ServiceScope(ServiceScopes.MEDIA_UPLOAD)
	@PostMapping("/internal/media/uploads")
	@ResponseStatus(HttpStatus.CREATED)
	StoredImage upload(@Valid @RequestBody UploadRequest request) {
		return this.uploads.upload(request.file(), request.purpose(), request.ownerId());
	}

}
