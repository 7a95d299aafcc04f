package lms.identity.activation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import lms.identity.clientaddress.ClientAddress;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
record ActivationController(ActivationService activations) {

	@Operation(summary = "Activate a registration with its emailed code; creates the account")
	@PostMapping("/api/v1/activate-user")
	@ResponseStatus(HttpStatus.CREATED)
	Activated activate(@Valid @RequestBody ActivationRequest body, ClientAddress client) {
		this.activations.activate(body, client);
		return new Activated(true);
	}

	record Activated(boolean success) {
	}

}
