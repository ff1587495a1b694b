package dev.jeemcp.mcp.cdi.internal.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in a tool's arguments, kept in two kinds: a value of the wrong form (a type, a missing
 * argument), and a value of the right form that breaks a Bean Validation constraint. A tool call answers a constraint
 * violation with an {@code isError} result the model reads (SEP-1303), the same as one the Validator finds.
 */
public final class ArgumentProblems extends ArrayList<String> {

    private static final long serialVersionUID = 1L;

    private final List<String> violations = new ArrayList<>();

    /** Adds a constraint violation: to its own list where the problems are kept apart, else with the others. */
    static void violation(List<String> problems, String message) {
        if (problems instanceof ArgumentProblems kept) {
            kept.violations.add(message);
        } else {
            problems.add(message);
        }
    }

    public List<String> violations() {
        return violations;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
