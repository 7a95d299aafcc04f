package lms.identity.registration;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lms.identity.clientaddress.ClientAddress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
record RegistrationController(RegistrationService registrations) {

	@Operation(summary = "Start a registration; the activation code is emailed")
	@PostMapping("/api/v1/registration")
	@ResponseStatus(HttpStatus.CREATED)
	RegistrationResponse register(@Valid @RequestBody RegistrationRequest request, ClientAddress client) {
		String token = this.registrations.register(request, client);
		return new RegistrationResponse(true,
				"Please check your email: " + request.email() + " to activate your account!", token);
	}

}
