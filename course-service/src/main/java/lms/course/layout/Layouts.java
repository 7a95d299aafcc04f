package lms.course.layout;

import java.util.Optional;

import lms.course.course.Ids;
import lms.events.course.LayoutBannerReplaced;
import lms.kit.outbox.Outbox;
import lms.kit.web.ApiException;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * One layout per type. A replaced banner image is announced in the same write, so
 * media-service destroys the old one.
 */
@Service
class Layouts {

	private final MongoTemplate mongo;

	private final LayoutContent content;

	private final Outbox outbox;

	Layouts(MongoTemplate mongo, LayoutContent content, Outbox outbox) {
		this.mongo = mongo;
		this.content = content;
		this.outbox = outbox;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ensureIndexes() {
		this.mongo.indexOps(Layout.class)
			.createIndex(new Index().on("type", Sort.Direction.ASC).unique().named("type"));
	}

	Optional<Layout> find(LayoutType type) {
		return Optional.ofNullable(this.mongo.findOne(byType(type), Layout.class));
	}

	void create(LayoutRequest request) {
		LayoutType type = LayoutType.of(request.type());
		if (find(type).isPresent()) {
			throw alreadyExists(type);
		}
		if (!insert(type, request)) {
			throw alreadyExists(type);
		}
	}

	/**
	 * Replaces the layout of the request's type, creating it when there is none yet: the
	 * dashboards only ever edit, so on a fresh system their first edit makes the layout.
	 */
	void edit(LayoutRequest request) {
		LayoutType type = LayoutType.of(request.type());
		Optional<Layout> current = find(type);
		if (current.isEmpty() && insert(type, request)) {
			return;
		}
		Layout layout = current.or(() -> find(type))
			.orElseThrow(() -> ApiException.conflict(type.label() + " layout changed meanwhile, try again"));
		Update update = switch (type) {
			case BANNER -> bannerUpdate(layout, request);
			case FAQ -> new Update().set("faq", this.content.faq(request));
			case CATEGORIES -> new Update().set("categories", this.content.categories(request));
		};
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(layout.id())), update, Layout.class);
		this.outbox.written();
	}

	/** False when another request created the layout of this type first. */
	private boolean insert(LayoutType type, LayoutRequest request) {
		String id = Ids.next();
		Layout layout = switch (type) {
			case BANNER -> new Layout(id, type.label(), null, null, this.content.banner(request, id, null), null);
			case FAQ -> new Layout(id, type.label(), this.content.faq(request), null, null, null);
			case CATEGORIES -> new Layout(id, type.label(), null, this.content.categories(request), null, null);
		};
		try {
			this.mongo.insert(layout);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private Update bannerUpdate(Layout layout, LayoutRequest request) {
		Banner banner = this.content.banner(request, layout.id(),
				(layout.banner() != null) ? layout.banner().image() : null);
		Update update = new Update().set("banner", banner);
		String old = layout.bannerPublicId();
		String replacement = banner.image().publicId();
		if (old != null && !old.equals(replacement)) {
			this.outbox.append(update, new LayoutBannerReplaced(layout.id(), old, replacement));
		}
		return update;
	}

	private static Query byType(LayoutType type) {
		return Query.query(Criteria.where("type").is(type.label()));
	}

	private static ApiException alreadyExists(LayoutType type) {
		return ApiException.badRequest(type.label() + " already exist");
	}

}
