package lms.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Like {@link EmbeddedInfrastructure}, but Kafka ({@code apache/kafka}), MongoDB
 * ({@code mongo}) and Redis run in Testcontainers containers shared by the JVM; SMTP and
 * Cloudinary stay in-JVM. It carries
 * {@code @Testcontainers(disabledWithoutDocker = true)}: without a Docker engine the test
 * class is reported skipped.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Testcontainers(disabledWithoutDocker = true)
@ContextCustomizerFactories(InfrastructureCustomizer.ContainersFactory.class)
public @interface ContainerInfrastructure {

}
