package lms.course.course;

import org.bson.types.ObjectId;

/** Ids as the original's clients know them: 24 hex digits. */
public final class Ids {

	private Ids() {
	}

	public static String next() {
		return new ObjectId().toHexString();
	}

	public static boolean valid(String id) {
		return id != null && ObjectId.isValid(id);
	}

	/** The given id when it is one of ours, else a new one. */
	public static String keepOrNew(String id) {
		return valid(id) ? id : next();
	}

}
