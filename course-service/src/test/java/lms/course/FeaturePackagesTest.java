package lms.course;

import lms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class FeaturePackagesTest {

	@Test
	void featurePackagesHaveNoCycles() {
		ArchitectureRules.assertFeaturePackagesFreeOfCycles("lms.course");
	}

	@Test
	void noBeanIsSwitchedByAConditionThatSpringAotWouldSettleAtBuildTime() {
		ArchitectureRules.assertNoConditionsOnRunTimeSettings("lms.course");
	}

}
