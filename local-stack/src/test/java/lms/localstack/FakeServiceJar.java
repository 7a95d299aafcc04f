package lms.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes an exec jar running {@link FakeService} where a module's build would put it.
 */
public final class FakeServiceJar {

	private FakeServiceJar() {
	}

	public static Path write(Path projectRoot, LmsService service) throws IOException {
		Path jar = Files.createDirectories(projectRoot.resolve(service.moduleName()).resolve("target"))
			.resolve(service.moduleName() + "-0.1.0-SNAPSHOT-exec.jar");
		Manifest manifest = new Manifest();
		manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
		manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
		String entry = FakeService.class.getName().replace('.', '/') + ".class";
		try (OutputStream file = Files.newOutputStream(jar);
				JarOutputStream out = new JarOutputStream(file, manifest);
				InputStream in = FakeService.class.getResourceAsStream("/" + entry)) {
			out.putNextEntry(new JarEntry(entry));
			in.transferTo(out);
			out.closeEntry();
		}
		return jar;
	}

}
