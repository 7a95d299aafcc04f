package lms.media.store;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.media.local-store.*}: the offline store used without Cloudinary credentials.
 *
 * @param directory where images are written, one folder per purpose (application.yml
 * defaults it under the temporary directory; the local run passes its own)
 * @param publicBaseUrl the URL images are served under, through the gateway
 */
@ConfigurationProperties("lms.media.local-store")
public record LocalStoreProperties(Path directory, @DefaultValue("http://127.0.0.1:8080/media") String publicBaseUrl) {

}
