package ${package};

import dev.jeemcp.mcp.McpParam;
import dev.jeemcp.mcp.McpTool;
import dev.jeemcp.mcp.handles.Handle;
import dev.jeemcp.mcp.handles.Handles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The application's MCP tool: a CDI bean whose {@code @McpTool} method the library finds at deployment and serves at
 * {@code /mcp}. It is called through the container, so {@code @Transactional} (and {@code @RolesAllowed}, and your
 * interceptors) apply as everywhere else in the application.
 */
@ApplicationScoped
@Transactional
public class NoteTools {

    @Inject
    Handles handles;

    /** The description is what the model reads when it decides whether to call the tool. */
    @McpTool(name = "take_note", description = "Writes a line into a new note, or into the note whose note_id is given;"
            + " answers the note's id and all its lines")
    public NoteView takeNote(@NotBlank @Size(max = 500) String line,
                             @McpParam(name = "note_id", description = "The note to add to; omit it to start a new one")
                             Optional<String> noteId) {
        if (noteId.isEmpty()) {
            return NoteView.of(handles.create(new Note(List.of(line))));
        }
        // Another tenant's note, or one that never existed, is "not found": an error result the model reads.
        Handle<Note> note = handles.find(noteId.get(), Note.class);
        List<String> lines = new ArrayList<>(note.value().lines());
        lines.add(line);
        return NoteView.of(handles.update(note, new Note(lines)));
    }
}
