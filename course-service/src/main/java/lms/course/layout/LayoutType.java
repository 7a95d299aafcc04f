package lms.course.layout;

import java.util.Arrays;

import lms.kit.web.ApiException;

/** The three layout types, spelled as the clients send them. */
enum LayoutType {

	BANNER("Banner"), FAQ("FAQ"), CATEGORIES("Categories");

	private final String label;

	LayoutType(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	static LayoutType of(String type) {
		return Arrays.stream(values())
			.filter((t) -> t.label.equals(type))
			.findFirst()
			.orElseThrow(() -> ApiException.badRequest("Invalid layout type"));
	}

}
