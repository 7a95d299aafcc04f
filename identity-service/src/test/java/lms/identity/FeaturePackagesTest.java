package lms.identity;

import lms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class FeaturePackagesTest {

	@Test
	void featurePackagesHaveNoCycles() {
		ArchitectureRules.assertFeaturePackagesFreeOfCycles("lms.identity");
	}

	@Test
	void noBeanIsSwitchedByAConditionThatSpringAotWouldSettleAtBuildTime() {
		ArchitectureRules.assertNoConditionsOnRunTimeSettings("lms.identity");
	}

}
