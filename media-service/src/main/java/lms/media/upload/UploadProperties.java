package lms.media.upload;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code lms.media.upload.*}: what an uploaded image may be and where it may come from.
 *
 * @param maxSize the largest image, decoded
 * @param maxDimension the largest width or height in pixels
 * @param maxPixels the largest width × height, so no image decodes into gigabytes
 * @param remoteSchemes URL schemes an image may be fetched from
 * @param remotePrivateAddresses whether an image URL may point at loopback or private
 * addresses; off, so an upload cannot probe the internal network
 * @param remoteTimeout how long fetching a remote image may take in all
 * @param remoteRedirects redirects followed, each checked like the first URL
 */
@ConfigurationProperties("lms.media.upload")
public record UploadProperties(@DefaultValue("5MB") DataSize maxSize, @DefaultValue("10000") int maxDimension,
		@DefaultValue("40000000") long maxPixels, @DefaultValue("https") List<String> remoteSchemes,
		@DefaultValue("false") boolean remotePrivateAddresses, @DefaultValue("5s") Duration remoteTimeout,
		@DefaultValue("3") int remoteRedirects) {

	public String maxSizeText() {
		long bytes = this.maxSize.toBytes();
		return (bytes % DataSize.ofMegabytes(1).toBytes() == 0) ? this.maxSize.toMegabytes() + " MB" : bytes + " bytes";
	}

}
