package lms.kit.tracing;

import brave.handler.SpanHandler;
import org.junit.jupiter.api.Test;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.zipkin.autoconfigure.ZipkinAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

class ZipkinExportAutoConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ZipkinAutoConfiguration.class, ZipkinExportAutoConfiguration.class));

	@Test
	void spansGoToZipkinWhenTheSwitchIsOnAtRunTime() {
		this.runner
			.withPropertyValues(ZipkinExportAutoConfiguration.SWITCH + "=true",
					"management.tracing.export.zipkin.endpoint=http://127.0.0.1:1/api/v2/spans")
			.run((context) -> assertThat(context.getBean(SpanHandler.class))
				.isInstanceOf(AsyncZipkinSpanHandler.class));
	}

	@Test
	void noSpanLeavesTheServiceWhenTheSwitchIsOffOrExportIsOffAltogether() {
		this.runner.withPropertyValues(ZipkinExportAutoConfiguration.SWITCH + "=false")
			.run((context) -> assertThat(context.getBean(SpanHandler.class)).isSameAs(SpanHandler.NOOP));
		this.runner.withPropertyValues("management.tracing.export.enabled=false")
			.run((context) -> assertThat(context.getBean(SpanHandler.class)).isSameAs(SpanHandler.NOOP));
	}

	@Test
	void theKitsDefaultsLeaveBootsOwnHandlerOutSoSpansAreNeverSentTwice() throws Exception {
		String bootsHandler = "org.springframework.boot.micrometer.tracing.brave.autoconfigure.zipkin"
				+ ".ZipkinWithBraveTracingAutoConfiguration";
		String defaults = new String(getClass().getResourceAsStream("/lms-kit-defaults.yml").readAllBytes());
		assertThat(defaults).contains("autoconfigure.exclude: " + bootsHandler);
		assertThat(Class.forName(bootsHandler)).as("still Boot's name for it").isNotNull();
	}

}
