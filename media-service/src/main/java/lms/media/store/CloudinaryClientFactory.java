package lms.media.store;

import java.util.HashMap;
import java.util.Map;

import com.cloudinary.Cloudinary;
import com.cloudinary.Configuration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the SDK client from the properties, with a connection pool as large as the
 * allowed concurrency and bounded connect and read timeouts.
 */
final class CloudinaryClientFactory {

	private CloudinaryClientFactory() {
	}

	static Cloudinary create(CloudinaryProperties properties) {
		Configuration config = Configuration.from(properties.url());
		config.secure = true;
		if (!properties.uploadPrefix().isBlank()) {
			config.uploadPrefix = properties.uploadPrefix();
		}
		ConnectionConfig connections = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(properties.connectTimeout()))
			.setSocketTimeout(Timeout.of(properties.timeout()))
			.build();
		Map<String, Object> extra = new HashMap<>(config.properties);
		extra.put("connectionManager",
				PoolingHttpClientConnectionManagerBuilder.create()
					.setMaxConnTotal(properties.maxConcurrentCalls())
					.setMaxConnPerRoute(properties.maxConcurrentCalls())
					.setDefaultConnectionConfig(connections)
					.build());
		config.properties = extra;
		return new Cloudinary(config);
	}

}
