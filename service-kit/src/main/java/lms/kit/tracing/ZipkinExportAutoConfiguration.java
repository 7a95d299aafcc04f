package lms.kit.tracing;

import brave.Tags;
import brave.handler.SpanHandler;
import zipkin2.reporter.BytesMessageSender;
import zipkin2.reporter.Encoding;
import zipkin2.reporter.brave.AsyncZipkinSpanHandler;
import zipkin2.reporter.brave.MutableSpanBytesEncoder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Spans go to Zipkin when {@code management.tracing.export.zipkin.enabled} is true when
 * the service starts. Boot decides this with a condition, which Spring AOT settles when
 * the jar is built, while compose and operators turn export on at run time; so Boot's
 * handler is excluded ({@code lms-kit-defaults.yml}) and this one reads the switch.
 * Boot's sender ({@code management.tracing.export.zipkin.endpoint}, time-outs, encoding)
 * is used as it is.
 */
@AutoConfiguration(afterName = "org.springframework.boot.zipkin.autoconfigure.ZipkinAutoConfiguration")
@ConditionalOnClass({ AsyncZipkinSpanHandler.class, BytesMessageSender.class })
public class ZipkinExportAutoConfiguration {

	static final String SWITCH = "management.tracing.export.zipkin.enabled";

	@Bean
	SpanHandler zipkinExport(Environment environment, ObjectProvider<BytesMessageSender> sender,
			ObjectProvider<Encoding> encoding) {
		boolean anyExport = environment.getProperty("management.tracing.export.enabled", Boolean.class, true);
		if (!environment.getProperty(SWITCH, Boolean.class, anyExport)) {
			return SpanHandler.NOOP;
		}
		return AsyncZipkinSpanHandler.newBuilder(sender.getObject())
			.build(MutableSpanBytesEncoder.create(encoding.getIfAvailable(() -> Encoding.JSON), Tags.ERROR));
	}

}
