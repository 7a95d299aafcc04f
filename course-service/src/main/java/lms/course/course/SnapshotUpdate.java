package lms.course.course;

/** A user's new name and avatar, applied to every snapshot of that user. */
public record SnapshotUpdate(String userId, String name, String avatarUrl) {

	UserSnapshot apply(UserSnapshot snapshot) {
		if (snapshot == null || !this.userId.equals(snapshot.id())) {
			return snapshot;
		}
		return new UserSnapshot(snapshot.id(), (this.name != null) ? this.name : snapshot.name(),
				Image.avatar(this.avatarUrl), snapshot.role());
	}

}
