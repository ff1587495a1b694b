/**
 * JSON Schema from Java types, once at deploy time: the shape of every parameter, component and result
 * ({@code JsonShapes}, {@code Shapes}), the Bean Validation constraints it can express ({@code Constraints}), and the
 * checks a value must pass against it. Depends on nothing else in this module.
 *
 * <p><b>Not supported API.</b> Everything under {@code dev.jeemcp.mcp.cdi.internal} may change in any release; applications use
 * {@code dev.jeemcp.mcp} and {@code dev.jeemcp.mcp.handles}.
 */
package dev.jeemcp.mcp.cdi.internal.schema;
