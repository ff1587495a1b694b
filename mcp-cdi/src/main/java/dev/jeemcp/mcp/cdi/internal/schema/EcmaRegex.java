package dev.jeemcp.mcp.cdi.internal.schema;

/**
 * Decides, conservatively, whether a Java regular expression means the same as an ECMA-262 one (the dialect of JSON
 * Schema's {@code pattern}, which clients such as Ajv compile with the {@code u} flag). It refuses every construct
 * that is Java-only or reads differently: possessive quantifiers, atomic groups, inline flags, {@code \Q..\E}
 * quoting, {@code \A \Z \z \G}, {@code \h \v \R \X \e \a \0}, {@code \x{..}}, property classes other than Unicode
 * general categories ({@code \p{L}}, {@code \p{Lu}}), unions or intersections inside character classes, and what
 * Java reads leniently but the {@code u} flag rejects: an unescaped {@code ] { }} outside a class that is not a
 * {@code {n}}, {@code {n,}} or {@code {n,m}} quantifier, and a {@code -} between a class escape and another atom
 * inside a class ({@code [\w-.]}). An
 * expression it accepts may still use ordinary escapes ({@code \d \w \s \b}, {@code \xhh}, {@code \\uhhhh},
 * back-references), classes, groups, look-around and named groups.
 */
public final class EcmaRegex {

    private static final String SYNTAX_ESCAPES = "^$\\.*+?()[]{}|/";
    private static final String LETTER_ESCAPES = "dDwWsSbBtnrfk";

    private EcmaRegex() {
    }

    /** The first Java-only construct in {@code regexp}, quoted for a message, or {@code null} when there is none. */
    public static String incompatibility(String regexp) {
        boolean inClass = false;
        int classStart = -1;
        boolean afterClassEscape = false;
        int i = 0;
        while (i < regexp.length()) {
            char c = regexp.charAt(i);
            if (c == '\\') {
                if (i + 1 >= regexp.length()) {
                    return "a trailing \\";
                }
                int length = escapeLength(regexp, i, inClass);
                if (length < 0) {
                    return "\"" + regexp.substring(i, Math.min(i + 2, regexp.length())) + "\"";
                }
                afterClassEscape = inClass && isClassEscape(regexp, i);
                i += length;
                continue;
            }
            boolean rangeFromClassEscape = afterClassEscape;
            afterClassEscape = false;
            if (inClass) {
                // With the u flag a class escape cannot be one end of a range: Ajv fails on [\\w-.] (Java reads "-" as a literal)
                if (c == '-' && i > classStart && i + 1 < regexp.length() && regexp.charAt(i + 1) != ']'
                        && (rangeFromClassEscape || isClassEscape(regexp, i + 1))) {
                    return "a range \"-\" next to a class escape inside [...]";
                }
                if (c == '[') {
                    return "a nested class or union \"[\" inside [...]";
                }
                if (c == '&' && i + 1 < regexp.length() && regexp.charAt(i + 1) == '&') {
                    return "a class intersection \"&&\"";
                }
                if (c == ']' && i > classStart) {
                    inClass = false;
                }
                i++;
                continue;
            }
            if (c == '[') {
                inClass = true;
                i++;
                if (i < regexp.length() && regexp.charAt(i) == '^') {
                    i++;
                }
                if (i < regexp.length() && regexp.charAt(i) == ']') {
                    return "a class starting with \"]\"";
                }
                classStart = i;
                continue;
            }
            if (c == '(' && i + 1 < regexp.length() && regexp.charAt(i + 1) == '?') {
                String group = group(regexp, i + 2);
                if (group != null) {
                    return group;
                }
            }
            if (c == '{') {
                int length = quantifierLength(regexp, i);
                if (length < 0) {
                    return "a \"{\" that is not a quantifier {n}, {n,} or {n,m}";
                }
                i += length - 1; // onto the closing brace, to check for a possessive "+"
                c = '}';
            } else if (c == '}' || c == ']') {
                // Java reads a lone "}" or "]" as a literal; with the u flag it is a syntax error
                return "an unescaped \"" + c + "\" outside [...]";
            }
            if ((c == '*' || c == '+' || c == '?' || c == '}') && i + 1 < regexp.length() && regexp.charAt(i + 1) == '+') {
                return "the possessive quantifier \"" + c + "+\"";
            }
            i++;
        }
        return null;
    }

    /** The length of the quantifier {@code {n}}, {@code {n,}} or {@code {n,m}} at {@code at}, or -1. */
    private static int quantifierLength(String regexp, int at) {
        int i = at + 1;
        int digits = 0;
        while (i < regexp.length() && Character.isDigit(regexp.charAt(i))) {
            i++;
            digits++;
        }
        if (digits == 0) {
            return -1;
        }
        if (i < regexp.length() && regexp.charAt(i) == ',') {
            i++;
            while (i < regexp.length() && Character.isDigit(regexp.charAt(i))) {
                i++;
            }
        }
        return i < regexp.length() && regexp.charAt(i) == '}' ? i - at + 1 : -1;
    }

    /** Whether a class escape ({@code \\d \\w \\s \\p{..}} and their negations) starts at {@code at}. */
    private static boolean isClassEscape(String regexp, int at) {
        return at + 1 < regexp.length() && regexp.charAt(at) == '\\' && "dDwWsSpP".indexOf(regexp.charAt(at + 1)) >= 0;
    }

    /** What follows {@code (?}: fine for {@code : = ! <= <! <name>}, else the construct to refuse. */
    private static String group(String regexp, int at) {
        if (at >= regexp.length()) {
            return null;
        }
        char c = regexp.charAt(at);
        if (c == ':' || c == '=' || c == '!') {
            return null;
        }
        if (c == '<' && at + 1 < regexp.length()) {
            char next = regexp.charAt(at + 1);
            if (next == '=' || next == '!' || Character.isLetter(next)) {
                return null;
            }
        }
        if (c == '>') {
            return "the atomic group \"(?>\"";
        }
        return "the inline flag group \"(?" + c + "\"";
    }

    /** How many characters the escape at {@code at} takes, or -1 when it has no ECMA-262 equivalent. */
    private static int escapeLength(String regexp, int at, boolean inClass) {
        char e = regexp.charAt(at + 1);
        if (SYNTAX_ESCAPES.indexOf(e) >= 0 || inClass && e == '-') {
            return 2;
        }
        if (LETTER_ESCAPES.indexOf(e) >= 0) {
            return 2;
        }
        if (e >= '1' && e <= '9') {
            return 2; // a back-reference
        }
        if (e == 'c') {
            return at + 2 < regexp.length() && Character.isLetter(regexp.charAt(at + 2)) ? 3 : -1;
        }
        if (e == 'x') {
            return hex(regexp, at + 2, 2) ? 4 : -1;
        }
        if (e == 'u') {
            return hex(regexp, at + 2, 4) ? 6 : -1;
        }
        if (e == 'p' || e == 'P') {
            int close = regexp.indexOf('}', at);
            if (at + 2 < regexp.length() && regexp.charAt(at + 2) == '{' && close > 0) {
                String name = regexp.substring(at + 3, close);
                if (name.matches("[A-Z][a-z]?")) { // a Unicode general category
                    return close - at + 1;
                }
            }
            return -1;
        }
        return -1;
    }

    private static boolean hex(String regexp, int from, int digits) {
        if (from + digits > regexp.length()) {
            return false;
        }
        for (int i = from; i < from + digits; i++) {
            if (Character.digit(regexp.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
