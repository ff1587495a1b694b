package dev.jeemcp.mcp.cdi.internal.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 URI template of simple expressions ({@code {name}}, level 1), matched against URIs. Each variable
 * takes a non-empty run of characters without {@code /}. Other operators ({@code {+x}}, {@code {?x}}...) are refused
 * at deploy time rather than matched wrongly.
 *
 * <p>Matching is one left-to-right pass, never a backtracking regex: a regex such as {@code ([^/]+)-([^/]+)-([^/]+)}
 * tries every split of a long segment and took seconds for 2,000 characters. Here each variable ends at the first
 * occurrence of the literal that follows it; that choice is always safe (if any split matches, this one does),
 * because a variable cannot hold a {@code /} and so taking less of the text never puts a {@code /} into the next
 * variable. Work is at most the URI's length times the longest literal, which {@link #match(String, long[])}
 * counts for the tests.
 */
public final class UriTemplate {

    private static final Pattern EXPRESSION = Pattern.compile("\\{([^}]*)}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9_]+");

    private final String template;
    /** The literal text around the variables: {@code literals.get(i)} precedes variable i, the last one ends it. */
    private final List<String> literals;
    private final List<String> variables;

    private UriTemplate(String template, List<String> literals, List<String> variables) {
        this.template = template;
        this.literals = List.copyOf(literals);
        this.variables = List.copyOf(variables);
    }

    /** @throws IllegalArgumentException naming what is not supported */
    public static UriTemplate parse(String template) {
        List<String> literals = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        Matcher matcher = EXPRESSION.matcher(template);
        int last = 0;
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!VARIABLE.matcher(name).matches()) {
                throw new IllegalArgumentException("only simple {name} expressions are supported, not {" + name + "}");
            }
            if (variables.contains(name)) {
                throw new IllegalArgumentException("variable " + name + " appears twice");
            }
            variables.add(name);
            literals.add(template.substring(last, matcher.start()));
            last = matcher.end();
        }
        String tail = template.substring(last);
        if (tail.indexOf('{') >= 0 || tail.indexOf('}') >= 0 || literals.stream().anyMatch(l -> l.indexOf('{') >= 0 || l.indexOf('}') >= 0)) {
            throw new IllegalArgumentException("braces must enclose a variable name");
        }
        literals.add(tail);
        return new UriTemplate(template, literals, variables);
    }

    public List<String> variables() {
        return variables;
    }

    /** The variable values, when the URI is one of this template's. */
    public Optional<Map<String, String>> match(String uri) {
        return match(uri, new long[1]);
    }

    /**
     * As {@link #match(String)}, adding to {@code steps[0]} one for every character comparison made, so that a test
     * can prove the work is linear without timing anything.
     */
    public Optional<Map<String, String>> match(String uri, long[] steps) {
        String first = literals.get(0);
        if (!regionMatches(uri, 0, first, steps)) {
            return Optional.empty();
        }
        int position = first.length();
        Map<String, String> values = new LinkedHashMap<>();
        int count = variables.size();
        for (int i = 0; i < count; i++) {
            String next = literals.get(i + 1);
            int end = i == count - 1 ? lastVariableEnd(uri, position, next, steps) : firstOccurrence(uri, position + 1, next, steps);
            if (end < 0 || !noSlash(uri, position, end, steps)) {
                return Optional.empty();
            }
            values.put(variables.get(i), uri.substring(position, end));
            position = end + next.length();
        }
        return position == uri.length() ? Optional.of(values) : Optional.empty();
    }

    /**
     * Where the literal first occurs at or after {@code from} with no {@code /} before it, or -1. Scanning stops at
     * the first {@code /} not inside a candidate occurrence, since a variable cannot reach past it.
     */
    private static int firstOccurrence(String uri, int from, String literal, long[] steps) {
        for (int at = from; at + literal.length() <= uri.length(); at++) {
            if (regionMatches(uri, at, literal, steps)) {
                return at;
            }
            steps[0]++;
            if (uri.charAt(at) == '/') {
                return -1;
            }
        }
        return -1;
    }

    /** The last variable runs to where the final literal must start, the end of the URI. */
    private static int lastVariableEnd(String uri, int position, String literal, long[] steps) {
        int end = uri.length() - literal.length();
        if (end <= position || !regionMatches(uri, end, literal, steps)) {
            return -1;
        }
        return end;
    }

    private static boolean noSlash(String uri, int from, int to, long[] steps) {
        for (int i = from; i < to; i++) {
            steps[0]++;
            if (uri.charAt(i) == '/') {
                return false;
            }
        }
        return true;
    }

    private static boolean regionMatches(String uri, int at, String literal, long[] steps) {
        if (at < 0 || at + literal.length() > uri.length()) {
            return false;
        }
        for (int i = 0; i < literal.length(); i++) {
            steps[0]++;
            if (uri.charAt(at + i) != literal.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return template;
    }
}
