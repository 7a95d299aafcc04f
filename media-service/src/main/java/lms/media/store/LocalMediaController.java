package lms.media.store;

import java.time.Duration;

import lms.kit.web.ApiException;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the local store's images at {@code /media/<public_id>}, which the gateway routes
 * here. Files are immutable (a new upload gets a new id), so they may be cached for long.
 * With Cloudinary, whose images are served from its own addresses, every such path is not
 * found: the route stays mapped because the store is chosen when the service starts, and
 * Spring AOT settles conditions on a controller at build time.
 */
@RestController
record LocalMediaController(ImageStore store) {

	@GetMapping("/media/{folder}/{id}")
	ResponseEntity<byte[]> image(@PathVariable String folder, @PathVariable String id) {
		if (!(this.store instanceof LocalDiskImageStore local)) {
			throw ApiException.notFound("Image not found");
		}
		byte[] bytes = local.read(folder + "/" + id).orElseThrow(() -> ApiException.notFound("Image not found"));
		MediaType type = ImageType.detect(bytes)
			.map((known) -> MediaType.parseMediaType(known.mediaType()))
			.orElse(MediaType.APPLICATION_OCTET_STREAM);
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.header("X-Content-Type-Options", "nosniff")
			.body(bytes);
	}

}
