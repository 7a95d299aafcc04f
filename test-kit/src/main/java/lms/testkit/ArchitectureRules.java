package lms.testkit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Architecture checks shared by the services, on ArchUnit's core API.
 */
public final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/**
	 * Fails if the feature packages directly below {@code basePackage} depend on each
	 * other in a cycle. Only production classes are imported.
	 * @param basePackage e.g. {@code lms.course}
	 */
	public static void assertFeaturePackagesFreeOfCycles(String basePackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
		if (classes.isEmpty()) {
			throw new AssertionError("No production classes found in package " + basePackage);
		}
		// a service with a single feature package has no slices to compare
		slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
	}

}
