package lms.kit.deadletter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

import lms.kit.messaging.EventHandlers;
import lms.kit.web.ApiException;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.util.function.SingletonSupplier;

/**
 * The consumer groups of this service that keep dead letters, found from the bindings: an
 * input binding whose function is an {@link EventHandlers} of the binding's own group
 * (groups with a random per-instance name keep none). Resolved on first use, once every
 * function bean exists.
 */
public class DeadLetterSources {

	private final Supplier<Map<String, List<DeadLetterSource>>> byGroup;

	public DeadLetterSources(BindingServiceProperties bindings, ListableBeanFactory beans) {
		this.byGroup = SingletonSupplier.of(() -> discover(bindings, beans));
	}

	DeadLetterSources(List<DeadLetterSource> sources) {
		Map<String, List<DeadLetterSource>> map = new TreeMap<>();
		sources.forEach((source) -> map.computeIfAbsent(source.group(), (group) -> new ArrayList<>()).add(source));
		this.byGroup = () -> map;
	}

	public Set<String> groups() {
		return this.byGroup.get().keySet();
	}

	public List<DeadLetterSource> all() {
		return this.byGroup.get().values().stream().flatMap(List::stream).toList();
	}

	/** The group's sources; 404 for a group this service does not run. */
	public List<DeadLetterSource> of(String group) {
		List<DeadLetterSource> sources = this.byGroup.get().get(group);
		if (sources == null) {
			throw ApiException.notFound("No consumer group " + group + " with dead letters here");
		}
		return sources;
	}

	public DeadLetterSource of(String group, String topic) {
		return of(group).stream()
			.filter((source) -> source.topic().equals(topic))
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("Dead letter not found"));
	}

	private static Map<String, List<DeadLetterSource>> discover(BindingServiceProperties bindings,
			ListableBeanFactory beans) {
		List<DeadLetterSource> sources = new ArrayList<>();
		bindings.getBindings().forEach((name, binding) -> {
			String function = name.replaceFirst("-in-\\d+$", "");
			if (!function.equals(name) && beans.containsBean(function)
					&& beans.getBean(function) instanceof EventHandlers handlers
					&& handlers.group().equals(binding.getGroup())) {
				sources.addAll(sourcesOf(bindings, name, binding, handlers));
			}
		});
		return new DeadLetterSources(sources).byGroup.get();
	}

	private static List<DeadLetterSource> sourcesOf(BindingServiceProperties bindings, String name,
			BindingProperties binding, EventHandlers handlers) {
		int attempts = bindings.getConsumerProperties(name).getMaxAttempts();
		return Arrays.stream(binding.getDestination().split(","))
			.map(String::trim)
			.filter((topic) -> !topic.isEmpty())
			.map((topic) -> new DeadLetterSource(handlers.group(), topic, handlers, attempts))
			.toList();
	}

}
