package lms.notification.admin;

import lms.testkit.ContainerInfrastructure;

/**
 * The same notification tests on real MongoDB, Kafka and Redis containers, where Docker
 * exists; skipped elsewhere.
 */
@ContainerInfrastructure
class AdminNotificationsOnContainersTest extends AdminNotificationsTest {

}
