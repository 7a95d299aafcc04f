package lms.systemtest;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PromQlTest {

	@Test
	void metricNamesAreTheIdentifiersThatAreNeitherFunctionsNorAggregationsNorLabels() {
		assertThat(names("sum by (application, le) (rate(http_server_requests_seconds_bucket{uri=\"/a/{id}\"}[5m]))"))
			.containsExactly("http_server_requests_seconds_bucket");
		assertThat(names("histogram_quantile(0.99, sum without (instance) (rate(x_bucket[1h30m:1m]))) > 0.005"))
			.containsExactly("x_bucket");
		assertThat(
				names("(max by (group, topic) (lag) > 0) and on (group, topic) (max by (group) (deriv(lag[5m])) > 0)"))
			.containsExactly("lag", "lag");
		assertThat(names("topk(10, a_total offset 5m) / ignoring (le) group_left b unless bool c"))
			.containsExactly("a_total", "b", "c");
		assertThat(names("up{job=\"lms\"} == 0")).containsExactly("up");
	}

	@Test
	void equalityMatchersAreKeptAndOtherMatchersAreOnlyChecked() {
		PromQl.Selector selector = PromQl.selectors("rate(m{a=\"x\", b=~\"5..\", c!=\"y\", d='q\\'r'}[1m])").get(0);
		assertThat(selector.equal()).isEqualTo(Map.of("a", "x", "d", "q'r"));
		assertThat(selector.otherLabels()).containsExactly("b", "c");
	}

	@Test
	void whatPrometheusWouldRejectIsRejected() {
		List.of("sum(rate(x[5m])", "rate(x[5m]))", "rat(x[5m])", "rate(x[5 minutes])", "x{a=\"b\"", "x{a=b}",
				"x{a=\"b\" c=\"d\"}", "{__name__=\"x\"}", "x{a=\"unterminated}", "sum by (a b) (x)", "x $ y")
			.forEach((bad) -> assertThatIllegalArgumentException().as(bad).isThrownBy(() -> PromQl.selectors(bad)));
	}

	private static List<String> names(String expression) {
		return PromQl.selectors(expression).stream().map(PromQl.Selector::metric).toList();
	}

}
