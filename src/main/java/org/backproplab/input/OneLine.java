package org.backproplab.input;

/**
 * Keeps messages on one line: control characters, line and paragraph separators (U+2028,
 * U+2029), the byte-order mark and lone surrogates in user text are shown as escapes
 * ({@code \n}, {@code \t}, {@code \u2028}) instead of breaking or garbling the line.
 */
public final class OneLine {
    /** Longest user text quoted in full; longer text is cut with "…". */
    public static final int MAX_QUOTED = 60;

    private OneLine() {
    }

    /**
     * @param text any text (a message, a file name, a value from a file), or null
     * @return the same text with every character that could break the line escaped
     */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escape = escape(text, i);
            if (escape != null && sb == null) {
                sb = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (sb != null) {
                if (escape != null) {
                    sb.append(escape);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    /**
     * @param text user text
     * @return it in double quotes, escaped to one line and cut to {@link #MAX_QUOTED} characters
     */
    public static String quote(String text) {
        String s = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
        if (s.length() > MAX_QUOTED && Character.isHighSurrogate(s.charAt(MAX_QUOTED - 1))) {
            s = text.substring(0, MAX_QUOTED - 1) + "…";
        }
        return "\"" + of(s) + "\"";
    }

    private static String escape(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                break;
        }
        boolean lone = Character.isHighSurrogate(c) ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
                : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
        if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF' || lone) {
            return String.format(java.util.Locale.ROOT, "\\u%04x", (int) c);
        }
        return null;
    }
}
