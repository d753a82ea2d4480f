import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares two JSON documents token by token: punctuation, strings and literals must be equal,
 * numbers equal to a relative tolerance of 1e-9 (absolute 1e-12 near zero), as
 * {@code shared/reference/README.md} asks. Used by {@code .ci/run} on the jlink launcher's
 * {@code trace} output; needs nothing but a JDK: {@code java .ci/TraceCompare.java ACTUAL EXPECTED}.
 * Exit 0 when equal, 1 with the first difference on stderr, 2 on unreadable input.
 */
public final class TraceCompare {
    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java TraceCompare.java ACTUAL.json EXPECTED.json");
            System.exit(2);
        }
        List<String> actual = tokens(Files.readString(Path.of(args[0])), args[0]);
        List<String> expected = tokens(Files.readString(Path.of(args[1])), args[1]);
        String lastKey = "(top level)";
        int numbers = 0;
        for (int i = 0; i < Math.max(actual.size(), expected.size()); i++) {
            String a = i < actual.size() ? actual.get(i) : "(end of document)";
            String e = i < expected.size() ? expected.get(i) : "(end of document)";
            boolean equal;
            if (isNumber(a) && isNumber(e)) {
                double x = Double.parseDouble(a);
                double y = Double.parseDouble(e);
                // |x − y| ≤ max(1e-9 · max(|x|, |y|), 1e-12)
                equal = Math.abs(x - y) <= Math.max(RELATIVE * Math.max(Math.abs(x), Math.abs(y)), ABSOLUTE);
                numbers++;
            } else {
                equal = a.equals(e);
            }
            if (!equal) {
                System.err.println("trace differs at token " + i + " (after key " + lastKey + "): got " + a
                        + ", expected " + e);
                System.exit(1);
            }
            if (a.startsWith("\"") && i + 1 < actual.size() && actual.get(i + 1).equals(":")) {
                lastKey = a;
            }
        }
        System.out.println("trace equal: " + actual.size() + " tokens, " + numbers + " numbers within 1e-9");
    }

    private static boolean isNumber(String token) {
        try {
            Double.parseDouble(token);
            return !token.startsWith("\"");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Splits JSON text into punctuation, whole strings (with quotes), numbers and literals. */
    private static List<String> tokens(String text, String name) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if ("{}[]:,".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (end >= text.length()) {
                    System.err.println(name + ": unterminated string at character " + i);
                    System.exit(2);
                }
                out.add(text.substring(i, end + 1));
                i = end + 1;
            } else {
                int end = i;
                while (end < text.length() && "{}[]:,\"".indexOf(text.charAt(end)) < 0
                        && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                out.add(text.substring(i, end));
                i = end;
            }
        }
        if (out.isEmpty()) {
            System.err.println(name + ": empty document");
            System.exit(2);
        }
        return out;
    }
}
