package lms.kit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An admin endpoint. Spring Security authorizes its route in the filter chain, so a
 * caller with another role is refused (403) before the body is read or validated, as the
 * original checks roles first; a caller without a valid token gets 401.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface AdminOnly {

}
