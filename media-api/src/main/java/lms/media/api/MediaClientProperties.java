package lms.media.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.media.client.*}: how services reach media-service's upload port.
 *
 * @param url media-service's base URL; placeholders are resolved when the client is
 * built, because Boot does not resolve them in defaults
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for the whole answer; media-service answers
 * within its own Cloudinary timeout, so this only bounds a hanging media-service
 */
@ConfigurationProperties("lms.media.client")
public record MediaClientProperties(@DefaultValue(DEFAULT_URL) String url, @DefaultValue("2s") Duration connectTimeout,
		@DefaultValue("15s") Duration responseTimeout) {

	public static final String DEFAULT_URL = "${lms.services.media.url:http://127.0.0.1:8084}";

}
