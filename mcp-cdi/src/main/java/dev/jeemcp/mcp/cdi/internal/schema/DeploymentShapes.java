package dev.jeemcp.mcp.cdi.internal.schema;

import java.util.HashMap;
import java.util.Map;

/**
 * What the schema derivation of one deployment shares between its features, so that discovery does each thing once:
 * <ul>
 * <li>the input bounds ({@value Numbers#MAX_DECIMAL_DIGITS}, {@value Sizes#MAX_ARRAY_ITEMS}), read from the settings
 * once and not per parameter, where each read cost a MicroProfile Config lookup (and, without it, a class path scan);
 * </li>
 * <li>the shapes of the records, beans and enums derived so far, per direction: a record that ten tools take is
 * derived once. Only a type whose shape depends on nothing but itself is kept: not a generic one, whose shape depends
 * on its type arguments, nor one that is part of a recursion, whose shape holds references into its root.</li>
 * </ul>
 *
 * <p>Used by one thread at a time, while CDI discovers the application; the shapes themselves are immutable.
 */
public final class DeploymentShapes {

    private final int maxArrayItems;
    /** The shapes of the non-integral and big number types of inputs, within these bounds. */
    final Map<Class<?>, JsonShape> inputNumbers;
    private final Map<Class<?>, JsonShape> inputTypes = new HashMap<>();
    private final Map<Class<?>, JsonShape> outputTypes = new HashMap<>();

    /**
     * @param maxDecimalDigits the most digits of a decimal or big-integer argument
     * @param maxArrayItems the most items of an array argument, and entries of a map argument
     */
    public DeploymentShapes(int maxDecimalDigits, int maxArrayItems) {
        this.maxArrayItems = maxArrayItems;
        this.inputNumbers = JsonShapes.numberShapes(maxDecimalDigits);
    }

    /**
     * With the bounds as the settings give them now: at deploy time, while CDI discovers the tools, from MicroProfile
     * Config or system properties, as no servlet context exists yet.
     *
     * @throws IllegalArgumentException naming the setting when one is not a positive integer
     */
    public static DeploymentShapes fromSettings() {
        return new DeploymentShapes(Numbers.maxDecimalDigits(), Sizes.maxArrayItems());
    }

    /** For deriving results alone: results are not bounded, so no setting is read. */
    public static DeploymentShapes forResults() {
        return new DeploymentShapes(Numbers.DEFAULT_MAX_DECIMAL_DIGITS, Sizes.DEFAULT_MAX_ARRAY_ITEMS);
    }

    int maxArrayItems() {
        return maxArrayItems;
    }

    /** The shapes of user types derived so far in that direction. */
    Map<Class<?>, JsonShape> types(JsonShapes.Direction direction) {
        return direction == JsonShapes.Direction.INPUT ? inputTypes : outputTypes;
    }
}
