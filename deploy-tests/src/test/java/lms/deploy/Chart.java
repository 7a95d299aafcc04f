package lms.deploy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The Helm chart (deploy/helm/lms) rendered by Helm itself (helm-java runs Helm's engine
 * in-process: no binary, no cluster, no network) and loaded into fabric8's Kubernetes
 * model.
 */
final class Chart {

	static final String TAG = "0.1.0-test-0123456789ab";

	static final String NAMESPACE = "lms";

	private static final Path CHART = Repository.file("deploy/helm/lms");

	private Chart() {
	}

	/** The development defaults (values.yaml). */
	static String renderDevelopment() {
		return command().call();
	}

	/** values.yaml with the production overlay. */
	static String renderProduction() {
		return command().withValuesFile(CHART.resolve("values-production.yaml")).call();
	}

	/** Every object of a stream of YAML documents. */
	@SuppressWarnings("unchecked")
	static List<HasMetadata> load(String rendered) {
		Object loaded = new KubernetesSerialization()
			.unmarshal(new ByteArrayInputStream(rendered.getBytes(StandardCharsets.UTF_8)));
		return (loaded instanceof List<?> list) ? (List<HasMetadata>) list : List.of((HasMetadata) loaded);
	}

	private static TemplateCommand command() {
		return new Helm(CHART).template()
			.withName("lms")
			.withNamespace(NAMESPACE)
			.withKubeVersion("1.31.0")
			.set("image.tag", TAG);
	}

}
