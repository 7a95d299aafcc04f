package lms.course.course;

import lms.testkit.ContainerInfrastructure;

/**
 * The same course administration tests on real MongoDB, Kafka and Redis containers, where
 * Docker exists; skipped elsewhere.
 */
@ContainerInfrastructure
class CourseAdminOnContainersTest extends CourseAdminTest {

}
