package lms.media.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lms.media.cloudinary.*}: the account and how long and how many calls to it may
 * take.
 *
 * @param url {@code cloudinary://key:secret@cloud}; blank means the local-disk store
 * @param uploadPrefix the API base URL, blank for Cloudinary's own (tests point it at a
 * stub)
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long an answer may stay silent before the call fails
 * @param maxConcurrentCalls calls in flight at once; more wait up to
 * {@code acquireTimeout}, then fail with 503, so a slow Cloudinary cannot tie up every
 * request thread
 * @param acquireTimeout how long a call waits for a free slot
 */
@ConfigurationProperties("lms.media.cloudinary")
public record CloudinaryProperties(@DefaultValue("") String url, @DefaultValue("") String uploadPrefix,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("10s") Duration timeout,
		@DefaultValue("8") int maxConcurrentCalls, @DefaultValue("1s") Duration acquireTimeout) {

	public boolean configured() {
		return this.url != null && !this.url.isBlank();
	}

}
