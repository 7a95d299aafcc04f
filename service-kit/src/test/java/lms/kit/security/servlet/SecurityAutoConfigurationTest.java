package lms.kit.security.servlet;

import lms.kit.security.AccessTokenVerifier;
import lms.kit.security.JwksKeySource;
import lms.kit.security.TokenVerificationAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityAutoConfigurationTest {

	static final AutoConfigurations CONFIGS = AutoConfigurations.of(TokenVerificationAutoConfiguration.class,
			ServletSecurityAutoConfiguration.class);

	@Test
	void reactiveAppGetsVerifierButNoServletParts() {
		new ReactiveWebApplicationContextRunner().withConfiguration(CONFIGS).run((context) -> {
			assertThat(context).hasSingleBean(AccessTokenVerifier.class);
			assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
		});
	}

	@Test
	void servletAppGetsTheFilter() {
		new WebApplicationContextRunner().withConfiguration(CONFIGS)
			.run((context) -> assertThat(context).hasSingleBean(FilterRegistrationBean.class));
	}

	@Test
	void defaultJwksUrlFollowsIdentityUrl() {
		new ApplicationContextRunner().withConfiguration(CONFIGS)
			.withPropertyValues("lms.services.identity.url=http://identity:9000")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(FilterRegistrationBean.class);
				assertThat(context.getBean(JwksKeySource.class).uri())
					.hasToString("http://identity:9000/.well-known/jwks.json");
			});
		new ApplicationContextRunner().withConfiguration(CONFIGS)
			.run((context) -> assertThat(context.getBean(JwksKeySource.class).uri())
				.hasToString("http://127.0.0.1:8081/.well-known/jwks.json"));
	}

}
