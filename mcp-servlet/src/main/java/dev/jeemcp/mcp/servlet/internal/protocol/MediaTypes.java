package dev.jeemcp.mcp.servlet.internal.protocol;

import java.util.Locale;

/** The {@code Content-Type} and {@code Accept} rules of Streamable HTTP. */
public final class MediaTypes {

    static final String JSON = "application/json";
    static final String EVENT_STREAM = "text/event-stream";

    private MediaTypes() {
    }

    /** Whether the request body is declared as JSON (parameters such as {@code charset} are allowed). */
    public static boolean isJson(String contentType) {
        return contentType != null && essence(contentType).equals(JSON);
    }

    /**
     * Whether the client accepts both JSON and an event stream, as every MCP client must say it does. No
     * {@code Accept} header means anything is acceptable (RFC 9110, section 12.5.1).
     */
    public static boolean acceptsJsonAndEventStream(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        boolean json = false;
        boolean stream = false;
        // Range by range, in place: this runs on every request, and split() would allocate an array and a list.
        for (int start = 0, end; start <= accept.length(); start = end + 1) {
            end = accept.indexOf(',', start);
            end = end < 0 ? accept.length() : end;
            String type = essence(accept, start, end);
            boolean any = type.equals("*/*");
            json |= any || type.equals(JSON) || type.equals("application/*");
            stream |= any || type.equals(EVENT_STREAM) || type.equals("text/*");
        }
        return json && stream;
    }

    private static String essence(String mediaType) {
        return essence(mediaType, 0, mediaType.length());
    }

    /**
     * The type and subtype of the media type in {@code text[start, end)}, without parameters, in lower case. Looks no
     * further than {@code end}, so that reading a header range by range stays linear in its length.
     */
    private static String essence(String text, int start, int end) {
        int stop = start;
        while (stop < end && text.charAt(stop) != ';') {
            stop++;
        }
        return text.substring(start, stop).trim().toLowerCase(Locale.ROOT);
    }
}
