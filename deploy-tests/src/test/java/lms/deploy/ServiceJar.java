package lms.deploy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;

/**
 * A service's exec jar as the build made it: every configuration property its classes and
 * libraries declare ({@code spring-configuration-metadata.json} of each jar inside), its
 * {@code application.yml} and the kit's defaults. What a deployment may set is checked
 * against this, per service, so an environment variable that binds to nothing fails the
 * build.
 */
final class ServiceJar {

	private static final Map<Service, ServiceJar> READ = new ConcurrentHashMap<>();

	private final List<byte[]> metadata = new ArrayList<>();

	private final Map<String, byte[]> resources = new HashMap<>();

	private ServiceJar(Path jar) {
		try (JarInputStream exec = new JarInputStream(Files.newInputStream(jar))) {
			for (JarEntry entry = exec.getNextJarEntry(); entry != null; entry = exec.getNextJarEntry()) {
				String name = entry.getName();
				if (name.startsWith("BOOT-INF/lib/") && name.endsWith(".jar")) {
					readLibrary(exec.readAllBytes());
				}
				else {
					// the service's own classes; Boot moves their META-INF to the jar's
					// root
					keep(name.replaceFirst("^BOOT-INF/classes/", ""), exec);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + jar, ex);
		}
	}

	static ServiceJar of(Service service) {
		return READ.computeIfAbsent(service, (key) -> new ServiceJar(locate(key)));
	}

	/** Every {@code spring-configuration-metadata.json} inside, as bytes. */
	List<byte[]> metadata() {
		return this.metadata;
	}

	/** A resource of the service itself or of the kit (e.g. {@code application.yml}). */
	byte[] resource(String name) {
		return this.resources.get(name);
	}

	private void readLibrary(byte[] library) throws IOException {
		try (JarInputStream jar = new JarInputStream(new ByteArrayInputStream(library))) {
			for (JarEntry entry = jar.getNextJarEntry(); entry != null; entry = jar.getNextJarEntry()) {
				keep(entry.getName(), jar);
			}
		}
	}

	private void keep(String name, InputStream content) throws IOException {
		if (name.equals("META-INF/spring-configuration-metadata.json")
				|| name.equals("META-INF/additional-spring-configuration-metadata.json")) {
			this.metadata.add(content.readAllBytes());
		}
		else if (name.equals("application.yml") || name.equals("lms-kit-defaults.yml")) {
			this.resources.put(name, content.readAllBytes());
		}
	}

	private static Path locate(Service service) {
		Path target = Repository.root().resolve(service.module()).resolve("target");
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, service.module() + "-*-exec.jar")) {
			for (Path jar : jars) {
				return jar;
			}
		}
		catch (IOException ex) {
			// reported below
		}
		throw new IllegalStateException("No exec jar of " + service.module() + " in " + target
				+ ": the deployment checks run after the services are packaged (./mvnw verify)");
	}

}
