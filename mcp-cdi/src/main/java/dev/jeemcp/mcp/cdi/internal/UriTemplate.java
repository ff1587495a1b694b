package dev.jeemcp.mcp.cdi.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An RFC 6570 URI template of simple expressions ({@code {name}}, level 1), matched against URIs. Each variable
 * takes one non-empty path segment. Other operators ({@code {+x}}, {@code {?x}}...) are refused at deploy time
 * rather than matched wrongly.
 */
final class UriTemplate {

    private static final Pattern EXPRESSION = Pattern.compile("\\{([^}]*)}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9_]+");

    private final String template;
    private final Pattern pattern;
    private final List<String> variables;

    private UriTemplate(String template, Pattern pattern, List<String> variables) {
        this.template = template;
        this.pattern = pattern;
        this.variables = List.copyOf(variables);
    }

    /** @throws IllegalArgumentException naming what is not supported */
    static UriTemplate parse(String template) {
        StringBuilder regex = new StringBuilder();
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
            regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("([^/]+)");
            last = matcher.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new UriTemplate(template, Pattern.compile(regex.toString()), variables);
    }

    List<String> variables() {
        return variables;
    }

    /** The variable values, when the URI is one of this template's. */
    Optional<Map<String, String>> match(String uri) {
        Matcher matcher = pattern.matcher(uri);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            values.put(variables.get(i), matcher.group(i + 1));
        }
        return Optional.of(values);
    }

    @Override
    public String toString() {
        return template;
    }
}
