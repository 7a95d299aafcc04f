package lms.testkit;

import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Map;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail's SMTP server (any user name and password accepted) whose replies leave at
 * once. GreenMail flushes each line of a multi-line reply on its own; with Nagle's
 * algorithm on its sockets, the second line of the {@code EHLO} reply waited for the
 * client's delayed acknowledgement (40 ms on Linux), so every mail took 40 ms more than
 * against a real server, which writes a reply at once.
 */
public final class PromptGreenMail extends GreenMail {

	static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);

	private PromptGreenMail(ServerSetup setup) {
		super(setup);
	}

	/**
	 * An SMTP server on the given address, not started yet.
	 * @param host the address to bind
	 * @param port the port to bind
	 * @return the server, to start
	 */
	public static GreenMail smtp(String host, int port) {
		ServerSetup setup = new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP);
		// GreenMail's 2 s were not enough for a restart after an outage while both test
		// lanes kept the two cores busy (CI, MailFailuresTest); start() still returns as
		// soon as the server listens.
		setup.setServerStartupTimeout(STARTUP_TIMEOUT.toMillis());
		return new PromptGreenMail(setup)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
	}

	@Override
	protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
		Map<String, AbstractServer> services = super.createServices(config, managers);
		services.replaceAll((protocol, server) -> (server instanceof SmtpServer)
				? new PromptSmtpServer(server.getServerSetup(), managers) : server);
		return services;
	}

	/** GreenMail's SMTP server with {@code TCP_NODELAY} on each accepted connection. */
	static final class PromptSmtpServer extends SmtpServer {

		PromptSmtpServer(ServerSetup setup, Managers managers) {
			super(setup, managers);
		}

		@Override
		protected ProtocolHandler createProtocolHandler(Socket socket) {
			try {
				socket.setTcpNoDelay(true);
			}
			catch (SocketException ex) {
				throw new UncheckedIOException(ex);
			}
			return super.createProtocolHandler(socket);
		}

	}

}
