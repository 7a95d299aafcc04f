package lms.identity.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import lms.identity.clientaddress.ClientAddresses;
import lms.identity.user.User;
import lms.identity.user.UserView;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Ends a successful login or social sign-in the original's way: a new session, the tokens
 * in the body and in cookies.
 */
@Component
public class SignIn {

	private final Sessions sessions;

	private final AuthCookies cookies;

	/** Spring's proxy to the current request: where the session is opened from. */
	private final HttpServletRequest request;

	private final ClientAddresses addresses;

	SignIn(Sessions sessions, AuthCookies cookies, HttpServletRequest request, ClientAddresses addresses) {
		this.sessions = sessions;
		this.cookies = cookies;
		this.request = request;
		this.addresses = addresses;
	}

	public Answer signIn(User user, HttpServletResponse response) {
		TokenPair tokens = this.sessions.open(user, SessionOrigin.of(this.request, this.addresses.of(this.request)));
		this.cookies.set(response, tokens);
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		return new Answer(true, UserView.of(user), tokens.accessToken(), tokens.refreshToken());
	}

	/** {@code {success, user, accessToken, refreshToken}}. */
	public record Answer(boolean success, UserView user, String accessToken, String refreshToken) {

		@Override
		public String toString() {
			return "SignIn.Answer[user=" + this.user.id() + "]";
		}

	}

}
