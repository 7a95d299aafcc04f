package lms.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Points a Spring test context at the in-JVM stand-ins, started once per JVM: Kafka
 * (KRaft), mongo-java-server, redis-server, GreenMail SMTP and the Cloudinary stub. Each
 * application context gets its own MongoDB database. The keys are those of
 * {@link InfrastructureProperties}. <pre class="code">
 * &#64;SpringBootTest
 * &#64;EmbeddedInfrastructure
 * class EnrollmentFlowTest { ... }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(InfrastructureCustomizer.EmbeddedFactory.class)
public @interface EmbeddedInfrastructure {

}
