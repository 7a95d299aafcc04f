package lms.course.layout;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lms.course.course.MessageResponse;
import lms.kit.security.AdminOnly;
import lms.kit.security.AuthenticatedUser;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The home page layouts: public reads, admin writes. */
@RestController
@RequestMapping("/api/v1")
record LayoutController(Layouts layouts) {

	@Operation(summary = "Create the layout of a type (admin)")
	@AdminOnly
	@PostMapping("/create-layout")
	MessageResponse create(AuthenticatedUser user, @Valid @RequestBody LayoutRequest request) {
		user.requireAdmin();
		this.layouts.create(request);
		return MessageResponse.of("Layout created successfully");
	}

	@Operation(summary = "Edit the layout of a type, creating it when there is none yet (admin)")
	@AdminOnly
	@PutMapping("/edit-layout")
	MessageResponse edit(AuthenticatedUser user, @Valid @RequestBody LayoutRequest request) {
		user.requireAdmin();
		this.layouts.edit(request);
		return MessageResponse.of("Layout Updated successfully");
	}

	@Operation(summary = "The layout of a type: Banner, FAQ or Categories; layout null while there is none")
	@GetMapping("/get-layout/{type}")
	ResponseEntity<LayoutResponse> get(@PathVariable String type) {
		Layout layout = this.layouts.find(LayoutType.of(type)).orElse(null);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache().cachePublic())
			.body(new LayoutResponse(true, layout));
	}

	/**
	 * {@code {success, layout}}; {@code layout} is null, not left out, while a type has
	 * none yet, as the original answered (its clients read {@code layout?.…}).
	 */
	record LayoutResponse(boolean success, @JsonInclude(JsonInclude.Include.ALWAYS) Layout layout) {
	}

}
