package lms.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;

import static org.assertj.core.api.Assertions.assertThat;

/** One render of the chart, with what the checks look up in it. */
record Rendered(String name, String yaml, List<HasMetadata> parsed) {

	private static List<Rendered> renders;

	/** The chart for a development cluster and with the production overlay, once. */
	static synchronized Stream<Rendered> developmentAndProduction() {
		if (renders == null) {
			renders = List.of(Rendered.of("development", Chart.renderDevelopment()),
					Rendered.of("production", Chart.renderProduction()));
		}
		return renders.stream();
	}

	/** A container's environment variables that carry a value. */
	static Map<String, String> env(Container container) {
		Map<String, String> env = new TreeMap<>();
		container.getEnv().forEach((variable) -> env.put(variable.getName(), variable.getValue()));
		return env;
	}

	static Rendered of(String name, String yaml) {
		return new Rendered(name, yaml, Chart.load(yaml));
	}

	/** A fresh copy of every object (tests may change them). */
	List<HasMetadata> objects() {
		return Chart.load(this.yaml);
	}

	<T extends HasMetadata> List<T> all(Class<T> type) {
		return this.parsed.stream().filter(type::isInstance).map(type::cast).toList();
	}

	<T extends HasMetadata> T only(Class<T> type) {
		List<T> found = all(type);
		assertThat(found).as(type.getSimpleName()).hasSize(1);
		return found.get(0);
	}

	List<GenericKubernetesResource> custom(String kind) {
		List<GenericKubernetesResource> found = new ArrayList<>();
		all(GenericKubernetesResource.class).stream()
			.filter((resource) -> resource.getKind().equals(kind))
			.forEach(found::add);
		return found;
	}

	Deployment deployment(Service service) {
		return all(Deployment.class).stream()
			.filter((deployment) -> deployment.getMetadata().getName().equals(service.module()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No Deployment " + service.module()));
	}

	/**
	 * The files of the Secret volume a service's pods mount (key: the Secret's key, path:
	 * the file).
	 */
	List<KeyToPath> secretFiles(Service service) {
		return secretFilesByName(service).values().stream().flatMap(List::stream).toList();
	}

	/**
	 * The files a service's pods mount from Secrets, by Secret name (a Secret volume or
	 * the Secret sources of a projected volume).
	 */
	Map<String, List<KeyToPath>> secretFilesByName(Service service) {
		Map<String, List<KeyToPath>> files = new TreeMap<>();
		for (Volume volume : deployment(service).getSpec().getTemplate().getSpec().getVolumes()) {
			if (volume.getSecret() != null) {
				files.computeIfAbsent(volume.getSecret().getSecretName(), (name) -> new ArrayList<>())
					.addAll(volume.getSecret().getItems());
			}
			if (volume.getProjected() != null) {
				volume.getProjected()
					.getSources()
					.stream()
					.filter((source) -> source.getSecret() != null)
					.forEach(
							(source) -> files.computeIfAbsent(source.getSecret().getName(), (name) -> new ArrayList<>())
								.addAll(source.getSecret().getItems()));
			}
		}
		return files;
	}

	Container container(Service service) {
		return deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0);
	}

	/**
	 * The replicas a service can reach: its autoscaler's maximum, else its fixed count.
	 */
	int maxReplicas(Service service) {
		return all(HorizontalPodAutoscaler.class).stream()
			.filter((hpa) -> hpa.getSpec().getScaleTargetRef().getName().equals(service.module()))
			.map((hpa) -> hpa.getSpec().getMaxReplicas())
			.findFirst()
			.orElseGet(() -> deployment(service).getSpec().getReplicas());
	}

	@Override
	public String toString() {
		return this.name;
	}

}
