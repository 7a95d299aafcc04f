package lms.media.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import lms.media.api.StoredImage;
import lms.kit.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Images as files under {@code <directory>/<folder>/<id>}, for the local run without
 * Cloudinary; served back by {@link LocalMediaController}. Public ids look like
 * Cloudinary's: {@code avatars/<20 hex digits>}.
 */
public class LocalDiskImageStore implements ImageStore {

	private static final Pattern ID = Pattern.compile("[0-9a-f]{20}");

	private static final Logger log = LoggerFactory.getLogger(LocalDiskImageStore.class);

	private final SecureRandom random = new SecureRandom();

	private final Path directory;

	private final String publicBaseUrl;

	LocalDiskImageStore(LocalStoreProperties properties) {
		this.directory = properties.directory().toAbsolutePath().normalize();
		this.publicBaseUrl = properties.publicBaseUrl().replaceAll("/+$", "");
	}

	@Override
	public StoredImage store(Image image, Purpose purpose) {
		byte[] id = new byte[10];
		this.random.nextBytes(id);
		String publicId = purpose.folder() + "/" + HexFormat.of().formatHex(id);
		Path file = this.directory.resolve(publicId);
		try {
			Files.createDirectories(file.getParent());
			Path partial = Files.createTempFile(file.getParent(), "upload", ".part");
			Files.write(partial, image.bytes());
			Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			log.error("Cannot write {}: {}", file, ex.toString());
			throw ApiException.unavailable("Image store unavailable, try again shortly");
		}
		return new StoredImage(publicId, this.publicBaseUrl + "/" + publicId);
	}

	@Override
	public void destroy(String publicId) {
		resolve(publicId).ifPresent((file) -> {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	@Override
	public String name() {
		return "local";
	}

	/** The bytes stored under a public id, if it names one of our files. */
	public Optional<byte[]> read(String publicId) {
		return resolve(publicId).filter(Files::isRegularFile).map((file) -> {
			try {
				return Files.readAllBytes(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** Only {@code <known folder>/<hex id>}, so no request can reach another file. */
	private Optional<Path> resolve(String publicId) {
		int slash = publicId.indexOf('/');
		if (slash < 0 || !Purpose.isFolder(publicId.substring(0, slash))
				|| !ID.matcher(publicId.substring(slash + 1)).matches()) {
			return Optional.empty();
		}
		return Optional.of(this.directory.resolve(publicId));
	}

}
