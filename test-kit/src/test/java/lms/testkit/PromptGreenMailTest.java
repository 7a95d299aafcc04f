package lms.testkit;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromptGreenMailTest {

	@Test
	void everyAcceptedSmtpConnectionSendsWithoutNagleDelay() throws Exception {
		ServerSetup setup = new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		PromptGreenMail.PromptSmtpServer server = new PromptGreenMail.PromptSmtpServer(setup, new Managers());
		try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
				Socket client = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
				Socket accepted = listener.accept()) {
			assertThat(accepted.getTcpNoDelay()).isFalse();

			server.createProtocolHandler(accepted);

			assertThat(accepted.getTcpNoDelay()).isTrue();
		}
	}

	@Test
	void theSmtpServiceIsTheOneThatSetsNoDelay() {
		GreenMail greenMail = PromptGreenMail.smtp("127.0.0.1", FreePorts.next());

		AbstractServer smtp = greenMail.getSmtp();

		assertThat(smtp).isInstanceOf(PromptGreenMail.PromptSmtpServer.class);
		assertThat(smtp.getServerSetup().getProtocol()).isEqualTo(ServerSetup.PROTOCOL_SMTP);
	}

	@Test
	void aStartMayTakeLongerThanGreenMailsTwoSecondsOnABusyMachine() {
		GreenMail greenMail = PromptGreenMail.smtp("127.0.0.1", FreePorts.next());

		assertThat(greenMail.getSmtp().getServerSetup().getServerStartupTimeout())
			.isEqualTo(PromptGreenMail.STARTUP_TIMEOUT.toMillis())
			.isGreaterThan(ServerSetup.SERVER_STARTUP_TIMEOUT);
	}

}
