package lms.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Properties;

/**
 * The local run's demo admin, whose password is generated on the first start and kept in
 * the data directory, so every later start prints and seeds the same one.
 */
final class DemoAdminFile {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private DemoAdminFile() {
	}

	static DemoAdmin loadOrCreate(Path file) {
		try {
			if (Files.exists(file)) {
				return load(file);
			}
			DemoAdmin admin = new DemoAdmin(DemoAdmin.DEFAULT.email(), generatePassword(), DemoAdmin.DEFAULT.name());
			save(admin, file);
			return admin;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read or write " + file, ex);
		}
	}

	/**
	 * Four groups of four letters and digits, with at least one upper case letter, one
	 * lower case letter and one digit, so it passes common password rules.
	 */
	static String generatePassword() {
		String password;
		do {
			StringBuilder built = new StringBuilder();
			for (int i = 0; i < 16; i++) {
				if (i > 0 && i % 4 == 0) {
					built.append('-');
				}
				built.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
			password = built.toString();
		}
		while (!password.matches("(?=.*[A-Z])(?=.*[a-z])(?=.*[0-9]).*"));
		return password;
	}

	private static DemoAdmin load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		String password = properties.getProperty("password");
		if (password == null || password.isBlank()) {
			throw new IllegalStateException(file + " has no password; delete it to get a new one");
		}
		return new DemoAdmin(properties.getProperty("email", DemoAdmin.DEFAULT.email()), password,
				properties.getProperty("name", DemoAdmin.DEFAULT.name()));
	}

	private static void save(DemoAdmin admin, Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Properties properties = new Properties();
		properties.setProperty("email", admin.email());
		properties.setProperty("password", admin.password());
		properties.setProperty("name", admin.name());
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			properties.store(writer, "Demo admin of the local run; identity-service creates it when absent");
		}
		restrictToOwner(file);
	}

	private static void restrictToOwner(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// not a POSIX file system; the file stays readable as created
		}
	}

}
