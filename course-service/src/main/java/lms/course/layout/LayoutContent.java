package lms.course.layout;

import java.util.List;

import lms.course.course.Ids;
import lms.course.course.Image;
import lms.media.api.MediaUploads;
import lms.media.api.StoredImage;
import lms.kit.web.ApiException;

import org.springframework.stereotype.Component;

/**
 * Turns a request into the parts of a layout: FAQ items and categories keep the ids the
 * client sends back; a banner image given as a data URL is stored by media-service.
 */
@Component
class LayoutContent {

	private final MediaUploads media;

	LayoutContent(MediaUploads media) {
		this.media = media;
	}

	List<FaqItem> faq(LayoutRequest request) {
		return required(request.faq(), "faq").stream()
			.map((f) -> new FaqItem(Ids.keepOrNew(f.id()), f.question(), f.answer()))
			.toList();
	}

	List<Category> categories(LayoutRequest request) {
		return required(request.categories(), "categories").stream()
			.map((c) -> new Category(Ids.keepOrNew(c.id()), c.title()))
			.toList();
	}

	/**
	 * The banner to store; {@code current} is kept when the client sends its URL back.
	 */
	Banner banner(LayoutRequest request, String layoutId, Image current) {
		String image = request.image();
		Image stored;
		if (image != null && image.startsWith("data:image/")) {
			StoredImage uploaded = this.media.upload(image, MediaUploads.LAYOUT_BANNER, layoutId);
			stored = new Image(uploaded.publicId(), uploaded.url());
		}
		else if (current != null && image != null && image.startsWith("http")) {
			stored = current;
		}
		else {
			throw ApiException.unprocessable("Please provide the banner image as an image data URL");
		}
		return new Banner(stored, request.title(), request.subTitle());
	}

	private static <T> List<T> required(List<T> items, String field) {
		if (items == null) {
			throw ApiException.unprocessable("Please provide " + field);
		}
		return items;
	}

}
