package lms.systemtest;

import lms.testkit.TestHttp;

/**
 * One of the original's clients calling the gateway with JSON bodies; each implementation
 * carries its credentials the way its client does.
 */
interface Client {

	TestHttp.Response get(String path);

	TestHttp.Response post(String path, String json);

	TestHttp.Response put(String path, String json);

	TestHttp.Response delete(String path);

}
