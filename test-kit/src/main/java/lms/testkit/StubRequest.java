package lms.testkit;

import java.util.Map;

/**
 * One request the {@link CloudinaryStub} received.
 *
 * @param method the HTTP method
 * @param path the path, e.g. {@code /v1_1/lms-test/image/upload}
 * @param params the form fields; a binary {@code file} part is left out (see
 * {@code fileSize}), a {@code file} given as URL or data URI stays in
 * @param fileSize the size in bytes of the uploaded file, 0 if none
 * @param status the HTTP status the stub answered
 */
public record StubRequest(String method, String path, Map<String, String> params, long fileSize, int status) {

	/**
	 * The last path segment: {@code upload}, {@code destroy}, ...
	 * @return the action
	 */
	public String action() {
		return this.path.substring(this.path.lastIndexOf('/') + 1);
	}

	public String param(String name) {
		return this.params.get(name);
	}

}
