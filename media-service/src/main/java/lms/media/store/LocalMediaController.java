package lms.media.store;

import java.lang.reflect.Method;
import java.time.Duration;

import lms.kit.web.ApiException;

import org.springframework.aot.hint.annotation.Reflective;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Serves the local store's images at {@code /media/<public_id>}, which the gateway routes
 * here. Files are immutable (a new upload gets a new id), so they may be cached for long.
 * <p>
 * The route is mapped only when the local store is the one in use, so that with
 * Cloudinary the path answers as any unmapped path does (404 to every method, and absent
 * from the API docs). It is mapped at run time rather than by a condition on the class
 * because Spring AOT fixes conditions at build time.
 */
final class LocalMediaController {

	static final String PATH = "/media/{folder}/{id}";

	private static final Method IMAGE = ReflectionUtils.findMethod(LocalMediaController.class, "image", String.class,
			String.class);

	private final LocalDiskImageStore store;

	private LocalMediaController(LocalDiskImageStore store) {
		this.store = store;
	}

	/** The controller, with its route mapped only if {@code store} is the local one. */
	static LocalMediaController mappedWhenLocal(ImageStore store, RequestMappingHandlerMapping mappings) {
		if (!(store instanceof LocalDiskImageStore local)) {
			return new LocalMediaController(null);
		}
		LocalMediaController controller = new LocalMediaController(local);
		RequestMappingInfo route = RequestMappingInfo.paths(PATH)
			.methods(RequestMethod.GET)
			.options(mappings.getBuilderConfiguration())
			.build();
		mappings.registerMapping(route, controller, IMAGE);
		return controller;
	}

	// Called through the mapping above; @Reflective keeps it reachable in a native image.
	@Reflective
	ResponseEntity<byte[]> image(@PathVariable String folder, @PathVariable String id) {
		byte[] bytes = this.store.read(folder + "/" + id).orElseThrow(() -> ApiException.notFound("Image not found"));
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
