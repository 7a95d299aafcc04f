package lms.identity.login;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lms.identity.clientaddress.ClientAddress;
import lms.identity.session.SignIn;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
record LoginController(LoginService logins, SignIn signIn) {

	@Operation(summary = "Log in: tokens in the body and in httpOnly cookies")
	@PostMapping("/api/v1/login")
	SignIn.Answer login(@Valid @RequestBody LoginRequest body, ClientAddress client, HttpServletResponse response) {
		return this.signIn.signIn(this.logins.authenticate(body, client), response);
	}

}
