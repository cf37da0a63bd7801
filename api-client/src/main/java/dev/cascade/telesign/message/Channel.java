package dev.cascade.telesign.message;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A delivery channel Telesign can try: {@code rcs}, {@code sms}, {@code whatsapp}, ...
 *
 * <p>A value, not an enum: Telesign adds channels, and a callback naming one Cascade has never heard
 * of must still be stored. Names are lower case letters, digits and underscores.
 */
public record Channel(String name) implements Comparable<Channel> {

    // Declared before the constants below: they are checked against it as the class initialises.
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");

    public static final Channel RCS = new Channel("rcs");
    public static final Channel SMS = new Channel("sms");
    public static final Channel WHATSAPP = new Channel("whatsapp");
    public static final Channel VIBER = new Channel("viber");
    public static final Channel MMS = new Channel("mms");
    public static final Channel EMAIL = new Channel("email");

    public Channel {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a channel name is 1-32 lower-case letters, digits or '_', starting with a letter");
        }
    }

    /** Parses a channel name in any case, e.g. {@code "RCS"}. */
    public static Channel of(String name) {
        Objects.requireNonNull(name, "name");
        return new Channel(name.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public int compareTo(Channel other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
