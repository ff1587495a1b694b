package dev.jeemcp.mcp.cdi.internal.handles;

import dev.jeemcp.mcp.handles.HandleKind;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** What {@link HandleKind} says about a class, checked once per class: its prefix, TTL and id pattern. */
public final class HandleKinds {

    /** 16 random bytes, base64url without padding. */
    private static final int ID_BYTES = 16;
    private static final int ID_CHARS = 22;
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9]{0,40}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Class<?>, Info> INFO = new ConcurrentHashMap<>();

    /**
     * @param kind the id prefix
     * @param ttl how long a handle lives after its last write
     * @param ids the regular expression every id of this kind matches
     */
    public record Info(String kind, Duration ttl, Pattern ids) {

        /** The id pattern, for schemas. */
        public String idPattern() {
            return ids.pattern();
        }

        /** A new unguessable id: the prefix and 128 bits from {@link SecureRandom}. */
        String newId() {
            byte[] bytes = new byte[ID_BYTES];
            RANDOM.nextBytes(bytes);
            return kind + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }

        /** Whether the string has the shape of an id of this kind. */
        public boolean owns(String id) {
            return id != null && ids.matcher(id).matches();
        }
    }

    private HandleKinds() {
    }

    /** @throws IllegalArgumentException naming the class when its annotation is missing or wrong */
    public static Info of(Class<?> type) {
        return INFO.computeIfAbsent(type, HandleKinds::read);
    }

    private static Info read(Class<?> type) {
        HandleKind kind = type.getAnnotation(HandleKind.class);
        if (kind == null) {
            throw new IllegalArgumentException(type.getName() + " is not a handle value: annotate it with @HandleKind");
        }
        if (!KIND.matcher(kind.value()).matches()) {
            throw new IllegalArgumentException("@HandleKind(\"" + kind.value() + "\") on " + type.getName()
                    + " must be a lowercase word of letters and digits");
        }
        Duration ttl;
        try {
            ttl = Duration.parse(kind.ttl());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("@HandleKind ttl \"" + kind.ttl() + "\" on " + type.getName() + " is not an ISO-8601 duration");
        }
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("@HandleKind ttl on " + type.getName() + " must be positive");
        }
        return new Info(kind.value(), ttl, Pattern.compile("^" + kind.value() + "_[A-Za-z0-9_-]{" + ID_CHARS + "}$"));
    }
}
