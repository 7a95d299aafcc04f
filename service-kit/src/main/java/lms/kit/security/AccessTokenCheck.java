package lms.kit.security;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A further check of a user's access token that a service can make (identity: its session
 * is still live). Every bean of this type joins the service's token validation.
 */
public interface AccessTokenCheck extends OAuth2TokenValidator<Jwt> {

}
