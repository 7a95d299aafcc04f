package lms.identity.token;

import java.security.Principal;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import lms.kit.security.SecurityProperties;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The OAuth2 token endpoint of our services (RFC 6749 §4.4, client credentials only): a
 * client authenticated by HTTP Basic ({@link ServiceClientSecurity}) gets a service token
 * carrying its scopes. Internal: the gateway never routes it.
 */
@RestController
record TokenEndpoint(ServiceTokens tokens) {

	@PostMapping(path = SecurityProperties.ServiceClient.TOKEN_PATH,
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	ResponseEntity<Map<String, Object>> token(Principal client, @RequestParam("grant_type") String grantType,
			@RequestParam(name = "scope", required = false) String scope) {
		if (!"client_credentials".equals(grantType)) {
			return error("unsupported_grant_type");
		}
		Set<String> requested = scopes(scope);
		Set<String> granted = this.tokens.grantable(client.getName(), requested);
		if (!requested.isEmpty() && granted.isEmpty()) {
			return error("invalid_scope");
		}
		ServiceTokens.Issued issued = this.tokens.issue(client.getName(), granted);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("access_token", issued.token());
		body.put("token_type", "Bearer");
		body.put("expires_in", Duration.between(issued.issuedAt(), issued.expiresAt()).toSeconds());
		body.put("scope", String.join(" ", issued.scopes()));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	private static Set<String> scopes(String scope) {
		if (scope == null || scope.isBlank()) {
			return Set.of();
		}
		return new LinkedHashSet<>(Arrays.stream(scope.trim().split("\\s+")).toList());
	}

	private static ResponseEntity<Map<String, Object>> error(String code) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.cacheControl(CacheControl.noStore())
			.body(Map.of("error", code));
	}

}
