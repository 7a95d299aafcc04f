package lms.identity.login;

import java.util.Optional;

import lms.identity.clientaddress.ClientAddress;
import lms.identity.password.PasswordHasher;
import lms.identity.throttle.Attempt;
import lms.identity.throttle.Throttle;
import lms.identity.user.User;
import lms.identity.user.Users;
import lms.kit.web.ApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Checks an email and password. Unknown emails cost a hash too, so timing does not tell
 * which accounts exist.
 */
@Service
class LoginService {

	static final String INVALID = "Invalid email or password";

	private final Users users;

	private final PasswordHasher hasher;

	private final Throttle throttle;

	private volatile String dummyHash;

	LoginService(Users users, PasswordHasher hasher, Throttle throttle) {
		this.users = users;
		this.hasher = hasher;
		this.throttle = throttle;
	}

	User authenticate(LoginRequest request, ClientAddress client) {
		String email = Users.normalize(request.email());
		Attempt attempt = this.throttle.login(client, email);
		Optional<User> user = this.users.findByEmail(email).filter(User::hasPassword);
		boolean matches = this.hasher.matches(request.password(),
				user.map(User::passwordHash).orElseGet(this::dummyHash));
		if (user.isEmpty() || !matches) {
			throw new ApiException(HttpStatus.UNAUTHORIZED, INVALID);
		}
		attempt.succeeded();
		return user.get();
	}

	private String dummyHash() {
		String hash = this.dummyHash;
		if (hash == null) {
			hash = this.hasher.hash("no account has this password");
			this.dummyHash = hash;
		}
		return hash;
	}

}
