package lms.notification.mail;

import lms.testkit.ContainerInfrastructure;

/**
 * The same mail tests on real MongoDB, Kafka and Redis containers, where Docker exists;
 * skipped elsewhere.
 */
@ContainerInfrastructure
class EventMailsOnContainersTest extends EventMailsTest {

}
