package lms.course.video;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.course.vdocipher.*}: the VdoCipher account and how long a call may take.
 *
 * @param apiSecret the API secret, sent as {@code Authorization: Apisecret …}
 * @param apiBase VdoCipher's API address (tests point it at a local stub)
 * @param timeout the longest a call may take before the client gets a 503
 */
@ConfigurationProperties("lms.course.vdocipher")
record VdoCipherProperties(@DefaultValue("") String apiSecret,
		@DefaultValue("https://dev.vdocipher.com/api") String apiBase, @DefaultValue("5s") Duration timeout,
		@DefaultValue("300") int otpTtlSeconds) {
}
