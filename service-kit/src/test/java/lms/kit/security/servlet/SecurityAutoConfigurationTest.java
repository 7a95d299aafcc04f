package lms.kit.security.servlet;

import lms.kit.security.ServiceTokenVerifier;
import lms.kit.security.TokenDecoders;
import lms.kit.security.TokenVerificationAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.security.web.SecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityAutoConfigurationTest {

	static final AutoConfigurations CONFIGS = AutoConfigurations.of(TokenVerificationAutoConfiguration.class,
			ServletSecurityAutoConfiguration.class);

	@Test
	void reactiveAppGetsTheDecodersButNoServletFilterChain() {
		new ReactiveWebApplicationContextRunner().withConfiguration(CONFIGS).run((context) -> {
			assertThat(context).hasSingleBean(TokenDecoders.class).hasSingleBean(ServiceTokenVerifier.class);
			assertThat(context).doesNotHaveBean(SecurityFilterChain.class);
		});
	}

}
