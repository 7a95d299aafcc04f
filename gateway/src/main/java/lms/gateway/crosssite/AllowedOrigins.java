package lms.gateway.crosssite;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The web apps' origins: those CORS admits with credentials, so also those whose cookie
 * requests are not cross-site forgeries.
 *
 * @param allowedOrigins {@code scheme://host[:port]} of each web app
 */
@ConfigurationProperties("lms.gateway.cors")
public record AllowedOrigins(@DefaultValue List<String> allowedOrigins) {

}
