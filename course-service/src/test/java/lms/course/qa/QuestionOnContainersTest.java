package lms.course.qa;

import lms.testkit.ContainerInfrastructure;

/**
 * The same Q&A tests on real MongoDB, Kafka and Redis containers, where Docker exists;
 * skipped elsewhere.
 */
@ContainerInfrastructure
class QuestionOnContainersTest extends QuestionTest {

}
