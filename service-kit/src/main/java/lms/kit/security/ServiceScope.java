package lms.kit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An internal route ({@code /internal/**}) and the scope a service token must carry to
 * call it; identity grants each scope to the clients that may use it
 * ({@code lms.identity.service-clients.<id>.scopes}). An internal route without this
 * annotation admits nobody.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface ServiceScope {

	/** The scope, e.g. {@code users:read}. */
	String value();

}
