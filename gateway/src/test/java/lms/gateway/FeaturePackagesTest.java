package lms.gateway;

import lms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class FeaturePackagesTest {

	@Test
	void featurePackagesHaveNoCycles() {
		ArchitectureRules.assertFeaturePackagesFreeOfCycles("lms.gateway");
	}

	@Test
	void noBeanIsSwitchedByAConditionThatSpringAotWouldSettleAtBuildTime() {
		ArchitectureRules.assertNoConditionsOnRunTimeSettings("lms.gateway");
	}

}
