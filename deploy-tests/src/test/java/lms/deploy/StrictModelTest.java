package lms.deploy;

import java.util.List;

import io.fabric8.kubernetes.api.model.HasMetadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StrictModelTest {

	@Test
	void aMisspeltOrMisplacedFieldIsReportedWithItsPath() {
		List<HasMetadata> objects = Chart.load("""
				apiVersion: apps/v1
				kind: Deployment
				metadata: { name: gateway }
				spec:
				  replica: 2
				  selector: { matchLabels: { app: gateway } }
				  template:
				    metadata: { labels: { app: gateway } }
				    spec:
				      containers:
				        - name: gateway
				          image: lms/gateway:1
				          readinessProbe: { httpGet: { path: /actuator/health/readiness, prot: 9080 } }
				""");

		assertThat(StrictModel.unknownFields(objects.get(0))).containsExactlyInAnyOrder("Deployment.spec.replica",
				"Deployment.spec.template.spec.containers[0].readinessProbe.httpGet.prot");
	}

}
