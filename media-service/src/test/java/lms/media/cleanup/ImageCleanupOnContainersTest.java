package lms.media.cleanup;

import lms.testkit.ContainerInfrastructure;

/**
 * The same clean-up tests on real MongoDB and Kafka containers, where Docker exists;
 * skipped elsewhere.
 */
@ContainerInfrastructure
class ImageCleanupOnContainersTest extends ImageCleanupTest {

}
