package lms.media.store;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

import lms.media.api.MediaUploads;

/**
 * What an image is for, and where and how the original stored it (§4.4): avatars in
 * {@code avatars} scaled to 150 px wide, course thumbnails in {@code courses}, the home
 * banner in {@code layout}.
 */
public enum Purpose {

	AVATAR(MediaUploads.AVATAR, "avatars", "user", 150),

	COURSE_THUMBNAIL(MediaUploads.COURSE_THUMBNAIL, "courses", "course", 0),

	LAYOUT_BANNER(MediaUploads.LAYOUT_BANNER, "layout", "layout", 0);

	private final String name;

	private final String folder;

	private final String ownerType;

	private final int width;

	Purpose(String name, String folder, String ownerType, int width) {
		this.name = name;
		this.folder = folder;
		this.ownerType = ownerType;
		this.width = width;
	}

	public static Optional<Purpose> of(String name) {
		return Arrays.stream(values()).filter((purpose) -> purpose.name.equals(name)).findFirst();
	}

	public static boolean isFolder(String folder) {
		return Arrays.stream(values()).anyMatch((purpose) -> purpose.folder.equals(folder));
	}

	public String label() {
		return this.name;
	}

	public String folder() {
		return this.folder;
	}

	public String ownerType() {
		return this.ownerType;
	}

	/** The width the image is scaled to on upload, if any. */
	public OptionalInt width() {
		return (this.width > 0) ? OptionalInt.of(this.width) : OptionalInt.empty();
	}

}
