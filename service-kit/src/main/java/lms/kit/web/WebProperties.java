package lms.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code lms.web.*}: limits every servlet service applies.
 */
@ConfigurationProperties("lms.web")
public record WebProperties(DataSize maxRequestSize) {
}
