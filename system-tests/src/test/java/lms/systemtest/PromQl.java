package lms.systemtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the metric selectors out of a PromQL expression. Not a full PromQL parser (none
 * exists for Java on Maven Central): a tokenizer that knows PromQL's lexical rules,
 * functions, aggregations and keywords, and rejects what Prometheus would reject at the
 * token level (unbalanced brackets, unknown functions, malformed ranges, matchers and
 * strings). Every identifier that is not a function, an aggregation, a keyword or a label
 * name in a grouping or matcher list is a metric name.
 */
final class PromQl {

	static final Set<String> FUNCTIONS = Set.of("abs", "absent", "absent_over_time", "acos", "acosh", "asin", "asinh",
			"atan", "atanh", "avg_over_time", "ceil", "changes", "clamp", "clamp_max", "clamp_min", "cos", "cosh",
			"count_over_time", "day_of_month", "day_of_week", "day_of_year", "days_in_month", "deg", "delta", "deriv",
			"double_exponential_smoothing", "exp", "floor", "histogram_avg", "histogram_count", "histogram_fraction",
			"histogram_quantile", "histogram_stddev", "histogram_stdvar", "histogram_sum", "holt_winters", "hour",
			"idelta", "increase", "info", "irate", "label_join", "label_replace", "last_over_time", "ln", "log10",
			"log2", "mad_over_time", "max_over_time", "min_over_time", "minute", "month", "pi", "predict_linear",
			"present_over_time", "quantile_over_time", "rad", "rate", "resets", "round", "scalar", "sgn", "sin", "sinh",
			"sort", "sort_by_label", "sort_by_label_desc", "sort_desc", "sqrt", "stddev_over_time", "stdvar_over_time",
			"sum_over_time", "tan", "tanh", "time", "timestamp", "vector", "year");

	static final Set<String> AGGREGATIONS = Set.of("avg", "bottomk", "count", "count_values", "group", "limit_ratio",
			"limitk", "max", "min", "quantile", "stddev", "stdvar", "sum", "topk");

	private static final Set<String> GROUPING = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "atan2", "inf", "nan");

	private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

	private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

	private static final String UNIT = "(?:ms|s|m|h|d|w|y)";

	private static final Pattern DURATION = Pattern.compile("(?:\\d+" + UNIT + ")+");

	private static final Pattern RANGE = Pattern
		.compile("\\s*(?:\\d+" + UNIT + ")+\\s*(?::\\s*(?:(?:\\d+" + UNIT + ")+)?\\s*)?");

	private static final Pattern NUMBER = Pattern
		.compile("(?:0x[0-9a-fA-F]+|\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?)");

	private static final Set<String> MATCH_OPERATORS = Set.of("=", "!=", "=~", "!~");

	private PromQl() {
	}

	/**
	 * A metric selector: the metric's name, its equality matchers, and the labels its
	 * other matchers ({@code !=}, {@code =~}, {@code !~}) look at.
	 */
	record Selector(String metric, Map<String, String> equal, Set<String> otherLabels) {
	}

	/** The selectors of the expression, in order; a malformed one is an exception. */
	static List<Selector> selectors(String expression) {
		List<Token> tokens = tokens(expression);
		checkBalanced(tokens, expression);
		List<Selector> selectors = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			Token next = (i + 1 < tokens.size()) ? tokens.get(i + 1) : null;
			if (token.kind() == Kind.PUNCTUATION && token.text().equals("{")) {
				throw malformed(expression, "a selector without a metric name");
			}
			if (token.kind() != Kind.IDENTIFIER) {
				continue;
			}
			String word = token.text();
			String lower = word.toLowerCase(java.util.Locale.ROOT);
			if (GROUPING.contains(lower)) {
				if (next != null && next.text().equals("(")) {
					i = skipLabelList(tokens, i + 1, expression);
				}
			}
			else if (AGGREGATIONS.contains(lower) || KEYWORDS.contains(lower)) {
				continue;
			}
			else if (next != null && next.text().equals("(")) {
				if (!FUNCTIONS.contains(word)) {
					throw malformed(expression, "unknown function " + word);
				}
			}
			else {
				Map<String, String> equal = new LinkedHashMap<>();
				Set<String> other = new java.util.LinkedHashSet<>();
				if (next != null && next.text().equals("{")) {
					i = readMatchers(tokens, i + 2, equal, other, expression);
				}
				selectors.add(new Selector(word, equal, other));
			}
		}
		return selectors;
	}

	private static int skipLabelList(List<Token> tokens, int open, String expression) {
		int i = open + 1;
		boolean expectLabel = true;
		while (i < tokens.size() && !tokens.get(i).text().equals(")")) {
			Token token = tokens.get(i);
			boolean label = token.kind() == Kind.IDENTIFIER && LABEL.matcher(token.text()).matches();
			if (expectLabel ? !label : !token.text().equals(",")) {
				throw malformed(expression, "'" + token.text() + "' in a label list");
			}
			expectLabel = !expectLabel;
			i++;
		}
		return i;
	}

	private static int readMatchers(List<Token> tokens, int start, Map<String, String> equal, Set<String> other,
			String expression) {
		int i = start;
		while (i < tokens.size() && !tokens.get(i).text().equals("}")) {
			if (i + 2 >= tokens.size() || tokens.get(i).kind() != Kind.IDENTIFIER
					|| !MATCH_OPERATORS.contains(tokens.get(i + 1).text()) || tokens.get(i + 2).kind() != Kind.STRING) {
				throw malformed(expression, "a label matcher must be label, operator, string");
			}
			if (tokens.get(i + 1).text().equals("=")) {
				equal.put(tokens.get(i).text(), tokens.get(i + 2).text());
			}
			else {
				other.add(tokens.get(i).text());
			}
			i += 3;
			if (i < tokens.size() && tokens.get(i).text().equals(",")) {
				i++;
			}
			else if (i >= tokens.size() || !tokens.get(i).text().equals("}")) {
				throw malformed(expression, "matchers must be separated by commas");
			}
		}
		return i;
	}

	private static void checkBalanced(List<Token> tokens, String expression) {
		StringBuilder open = new StringBuilder();
		for (Token token : tokens) {
			if (token.kind() != Kind.PUNCTUATION) {
				continue;
			}
			switch (token.text()) {
				case "(", "{" -> open.append(token.text());
				case ")", "}" -> {
					String expected = token.text().equals(")") ? "(" : "{";
					if (open.isEmpty() || open.charAt(open.length() - 1) != expected.charAt(0)) {
						throw malformed(expression, "unbalanced '" + token.text() + "'");
					}
					open.setLength(open.length() - 1);
				}
				default -> {
				}
			}
		}
		if (!open.isEmpty()) {
			throw malformed(expression, "unclosed '" + open + "'");
		}
	}

	static List<Token> tokens(String expression) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < expression.length()) {
			char c = expression.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (c == '#') {
				while (i < expression.length() && expression.charAt(i) != '\n') {
					i++;
				}
			}
			else if (c == '"' || c == '\'' || c == '`') {
				i = string(expression, i, tokens);
			}
			else if (c == '[') {
				int close = expression.indexOf(']', i);
				if (close < 0 || !RANGE.matcher(expression.substring(i + 1, close)).matches()) {
					throw malformed(expression, "a range must be [<duration>] or [<duration>:<duration>]");
				}
				tokens.add(new Token(Kind.RANGE, expression.substring(i + 1, close).trim()));
				i = close + 1;
			}
			else if ("(){},".indexOf(c) >= 0) {
				tokens.add(new Token(Kind.PUNCTUATION, String.valueOf(c)));
				i++;
			}
			else {
				i = word(expression, i, tokens);
			}
		}
		return tokens;
	}

	private static int word(String expression, int start, List<Token> tokens) {
		String rest = expression.substring(start);
		for (String operator : List.of("==", "!=", ">=", "<=", "=~", "!~", "+", "-", "*", "/", "%", "^", ">", "<",
				"=")) {
			if (rest.startsWith(operator)) {
				tokens.add(new Token(Kind.OPERATOR, operator));
				return start + operator.length();
			}
		}
		var duration = DURATION.matcher(rest);
		if (duration.lookingAt()
				&& (duration.end() == rest.length() || !Character.isLetterOrDigit(rest.charAt(duration.end())))) {
			tokens.add(new Token(Kind.DURATION, duration.group()));
			return start + duration.end();
		}
		var number = NUMBER.matcher(rest);
		if (number.lookingAt()) {
			tokens.add(new Token(Kind.NUMBER, number.group()));
			return start + number.end();
		}
		var identifier = IDENTIFIER.matcher(rest);
		if (identifier.lookingAt()) {
			tokens.add(new Token(Kind.IDENTIFIER, identifier.group()));
			return start + identifier.end();
		}
		throw malformed(expression, "unexpected '" + rest.charAt(0) + "'");
	}

	private static int string(String expression, int start, List<Token> tokens) {
		char quote = expression.charAt(start);
		StringBuilder value = new StringBuilder();
		int i = start + 1;
		while (i < expression.length() && expression.charAt(i) != quote) {
			if (expression.charAt(i) == '\\' && quote != '`' && i + 1 < expression.length()) {
				i++;
			}
			value.append(expression.charAt(i));
			i++;
		}
		if (i >= expression.length()) {
			throw malformed(expression, "unterminated string");
		}
		tokens.add(new Token(Kind.STRING, value.toString()));
		return i + 1;
	}

	private static IllegalArgumentException malformed(String expression, String why) {
		return new IllegalArgumentException("Malformed PromQL (" + why + "): " + expression);
	}

	enum Kind {

		IDENTIFIER, STRING, NUMBER, DURATION, RANGE, OPERATOR, PUNCTUATION

	}

	record Token(Kind kind, String text) {
	}

}
