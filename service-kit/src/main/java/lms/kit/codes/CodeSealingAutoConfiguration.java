package lms.kit.codes;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * A {@link CodeSeal} and a {@link CodeDigest}, made when a service first needs one: the
 * services that do (identity, notification) then fail to start without
 * {@code lms.code-sealing.current-key}, naming it, rather than send or expect codes in
 * clear; the others never make them. Lazy beans rather than a condition on the key: the
 * key is a run-time secret, and Spring AOT decides conditions when the jar is built.
 */
@AutoConfiguration
@EnableConfigurationProperties(CodeSealingProperties.class)
public class CodeSealingAutoConfiguration {

	@Bean
	@Lazy
	CodeSeal codeSeal(CodeSealingProperties properties) {
		return properties.codeSeal();
	}

	@Bean
	@Lazy
	CodeDigest codeDigest(CodeSealingProperties properties) {
		return properties.codeDigest();
	}

}
