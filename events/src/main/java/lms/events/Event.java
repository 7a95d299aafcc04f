package lms.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a payload record's CloudEvents type and the topic it travels on.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Event {

	/** The CloudEvents type, versioned, e.g. {@code lms.identity.UserRegistered.v1}. */
	String type();

	/** The Kafka topic, one per producing aggregate. */
	String topic();

}
