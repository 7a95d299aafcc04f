package lms.identity.support;

import java.util.LinkedHashMap;
import java.util.Map;

import lms.identity.IdentityApplication;
import lms.media.api.MediaStub;
import lms.testkit.InfrastructureProperties;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second identity instance beside a test's context: the same MongoDB database, Redis,
 * Kafka and keys, a port of its own, and properties of its own on top.
 */
public final class SecondInstance implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondInstance(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static SecondInstance start(String mongoUri, Map<String, String> extra) {
		Map<String, String> properties = new LinkedHashMap<>(InfrastructureProperties.embedded());
		properties.put(InfrastructureProperties.MONGODB_URI, mongoUri);
		properties.put("server.port", "0");
		properties.put("lms.identity.keys.directory", IdentityTest.KEYS.toString());
		properties.put("lms.media.client.url", MediaStub.shared().url());
		properties.put("lms.identity.service-clients.gateway.secret", IdentityTest.GATEWAY_SECRET);
		properties.put("logging.level.root", "WARN");
		properties.putAll(extra);
		return new SecondInstance(new SpringApplicationBuilder(IdentityApplication.class)
			.run(InfrastructureProperties.asArguments(properties)));
	}

	public Http http() {
		return new Http("http://127.0.0.1:" + ((WebServerApplicationContext) this.context).getWebServer().getPort());
	}

	@Override
	public void close() {
		this.context.close();
	}

}
