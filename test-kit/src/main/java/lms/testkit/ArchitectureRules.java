package lms.testkit;

import java.util.List;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.conditions.ArchConditions;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Architecture checks shared by the services, on ArchUnit's core API.
 */
public final class ArchitectureRules {

	/**
	 * Conditions on settings: Spring AOT settles them when the jar is built, so a value
	 * given when the service starts (a secret, an operator's switch) would be ignored.
	 */
	static final List<String> RUN_TIME_CONDITIONS = List.of(
			"org.springframework.boot.autoconfigure.condition.ConditionalOnProperty",
			"org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty",
			"org.springframework.boot.autoconfigure.condition.ConditionalOnExpression",
			"org.springframework.context.annotation.Profile");

	private ArchitectureRules() {
	}

	/**
	 * Fails if a production class below {@code basePackage}, or one of its bean methods,
	 * is switched by a setting ({@link #RUN_TIME_CONDITIONS}): switches are read when the
	 * service starts instead.
	 * @param basePackage e.g. {@code lms.course}
	 * @param settledInThePackagedConfiguration classes allowed a condition because the
	 * setting it reads is in every service's packaged {@code application.yml}, not given
	 * at run time
	 */
	public static void assertNoConditionsOnRunTimeSettings(String basePackage,
			String... settledInThePackagedConfiguration) {
		JavaClasses classes = productionClasses(basePackage);
		Set<String> allowed = Set.of(settledInThePackagedConfiguration);
		DescribedPredicate<CanBeAnnotated> conditioned = DescribedPredicate.describe(
				"switched by a condition on a setting",
				(annotated) -> RUN_TIME_CONDITIONS.stream().anyMatch(annotated::isMetaAnnotatedWith));
		DescribedPredicate<JavaClass> allowedClass = DescribedPredicate.describe("allowed",
				(type) -> allowed.contains(type.getName()));
		noClasses().that(DescribedPredicate.not(allowedClass))
			.should(ArchConditions.be(conditioned))
			.because("Spring AOT settles conditions when the jar is built; read the switch at run time")
			.allowEmptyShould(true)
			.check(classes);
		noMethods().should(ArchConditions.be(conditioned))
			.because("Spring AOT settles conditions when the jar is built; read the switch at run time")
			.allowEmptyShould(true)
			.check(classes);
	}

	/**
	 * Fails if the feature packages directly below {@code basePackage} depend on each
	 * other in a cycle. Only production classes are imported.
	 * @param basePackage e.g. {@code lms.course}
	 */
	public static void assertFeaturePackagesFreeOfCycles(String basePackage) {
		JavaClasses classes = productionClasses(basePackage);
		// a service with a single feature package has no slices to compare
		slices().matching(basePackage + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(classes);
	}

	private static JavaClasses productionClasses(String basePackage) {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(basePackage);
		if (classes.isEmpty()) {
			throw new AssertionError("No production classes found in package " + basePackage);
		}
		return classes;
	}

}
