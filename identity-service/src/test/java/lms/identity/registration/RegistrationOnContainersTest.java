package lms.identity.registration;

import lms.testkit.ContainerInfrastructure;

/**
 * The same registration tests on real MongoDB, Kafka and Redis containers, where Docker
 * exists; skipped elsewhere.
 */
@ContainerInfrastructure
class RegistrationOnContainersTest extends RegistrationTest {

}
