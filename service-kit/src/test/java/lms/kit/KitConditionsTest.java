package lms.kit;

import lms.testkit.ArchitectureRules;
import org.junit.jupiter.api.Test;

class KitConditionsTest {

	@Test
	void noKitBeanIsSwitchedByASettingGivenAtRunTime() {
		// lms.security.service-client.id is in every service's packaged application.yml
		ArchitectureRules.assertNoConditionsOnRunTimeSettings("lms.kit",
				"lms.kit.security.client.ServiceClientAutoConfiguration");
	}

}
