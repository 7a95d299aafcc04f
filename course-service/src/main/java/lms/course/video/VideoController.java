package lms.course.video;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import lms.kit.security.AuthenticatedUser;
import lms.kit.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code getVdoCipherOTP}: a playback OTP for a video the caller may watch. */
@RestController
@RequestMapping("/api/v1")
record VideoController(VideoAccess access, VideoOtps otps) {

	static final String NOT_ELIGIBLE = "You are not eligible to access this video";

	@Operation(summary = "A VdoCipher OTP for a demo video or a video of an enrolled course")
	@PostMapping("/getVdoCipherOTP")
	VideoOtp otp(AuthenticatedUser user, @Valid @RequestBody OtpRequest request) {
		if (!this.access.allowed(user, request.videoId())) {
			throw new ApiException(HttpStatus.FORBIDDEN, NOT_ELIGIBLE);
		}
		return this.otps.otp(request.videoId());
	}

	record OtpRequest(@NotBlank(message = "Please enter the video id") @Pattern(regexp = "[A-Za-z0-9_-]{1,128}",
			message = "Invalid video id") String videoId) {
	}

}
