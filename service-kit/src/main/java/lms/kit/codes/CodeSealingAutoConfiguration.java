package lms.kit.codes;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * A {@link CodeSeal} and a {@link CodeDigest} wherever
 * {@code lms.code-sealing.current-key} is set. The services that need one (identity,
 * notification) then fail to start without the key, with Boot's report naming this
 * property, rather than send or expect codes in clear.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "lms.code-sealing", name = "current-key")
@EnableConfigurationProperties(CodeSealingProperties.class)
public class CodeSealingAutoConfiguration {

	@Bean
	CodeSeal codeSeal(CodeSealingProperties properties) {
		return properties.codeSeal();
	}

	@Bean
	CodeDigest codeDigest(CodeSealingProperties properties) {
		return properties.codeDigest();
	}

}
