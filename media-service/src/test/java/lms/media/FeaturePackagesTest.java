package lms.media;

import lms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class FeaturePackagesTest {

	@Test
	void featurePackagesHaveNoCycles() {
		ArchitectureRules.assertFeaturePackagesFreeOfCycles("lms.media");
	}

	@Test
	void noBeanIsSwitchedByAConditionThatSpringAotWouldSettleAtBuildTime() {
		ArchitectureRules.assertNoConditionsOnRunTimeSettings("lms.media");
	}

}
