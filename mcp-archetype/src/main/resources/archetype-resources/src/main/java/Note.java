package ${package};

import dev.jeemcp.mcp.handles.HandleKind;
import java.util.List;

/**
 * A note kept between calls as a handle: the model holds its {@code note_...} id and passes it back; the server keeps
 * nothing in memory, so any instance answers. Stored as JSON in the MCP_HANDLE table of your persistence unit.
 *
 * @param lines what was written, oldest first
 */
@HandleKind(value = "note", ttl = "P7D")
public record Note(List<String> lines) {
}
