package ${package};

import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.handles.Handle;
import java.util.List;

/**
 * What the tools answer: the note's id, which the model passes back to add to it, and its lines. Its JSON Schema is
 * the tools' output schema, derived from this record.
 */
public record NoteView(@McpParam(name = "note_id", description = "Pass it back to add to this note") String noteId,
                       List<String> lines) {

    static NoteView of(Handle<Note> note) {
        return new NoteView(note.id(), note.value().lines());
    }
}
