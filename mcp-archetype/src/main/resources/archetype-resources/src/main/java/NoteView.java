package ${package};

import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.handles.Handle;
import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;

/**
 * What the tool answers: the note's id, which the model passes back to add to it, and its lines. Its JSON Schema is
 * the tool's output schema, derived from this record (JSON-B names the members).
 */
public record NoteView(@JsonbProperty("note_id") @McpParam(description = "Pass it back to add to this note") String noteId,
                       List<String> lines) {

    static NoteView of(Handle<Note> note) {
        return new NoteView(note.id(), note.value().lines());
    }
}
