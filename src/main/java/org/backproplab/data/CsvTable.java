package org.backproplab.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a CSV file split into a header and records, each record remembering the line it
 * started on so messages can point at it. Reads RFC-4180 style text: comma separators, fields
 * optionally in double quotes (a doubled quote inside stands for one quote; quoted fields may
 * hold commas and line breaks), LF or CRLF line ends, an optional UTF-8 byte-order mark, and
 * blank lines skipped. Unquoted fields are trimmed of surrounding spaces.
 *
 * @param name    the file name used in messages
 * @param header  column names
 * @param records the data rows, in file order
 */
public record CsvTable(String name, List<String> header, List<Record> records) {

    /** Freezes the lists. */
    public CsvTable {
        header = List.copyOf(header);
        records = List.copyOf(records);
    }

    /**
     * One data row.
     *
     * @param line   1-based line number where the row starts
     * @param fields its fields
     */
    public record Record(int line, List<String> fields) {
        /** Freezes the list. */
        public Record {
            fields = List.copyOf(fields);
        }
    }

    /**
     * @param column a column name
     * @return its index, or −1 when the header has no such column
     */
    public int columnIndex(String column) {
        return header.indexOf(column);
    }

    /**
     * Parses CSV text. Every record must have as many fields as the header.
     *
     * @param name file name for messages
     * @param text the file's content
     * @return the table
     * @throws DataException for an empty file, an unclosed quote or a row of the wrong width
     */
    public static CsvTable parse(String name, String text) {
        List<Record> all = new Parser(name, text).records();
        if (all.isEmpty()) {
            throw new DataException(name + ": the file is empty (expected a header row)");
        }
        List<String> header = all.get(0).fields();
        List<Record> rows = new ArrayList<>(all.subList(1, all.size()));
        for (Record r : rows) {
            if (r.fields().size() != header.size()) {
                throw new DataException(name + ": line " + r.line() + ": expected " + header.size()
                        + " columns, found " + r.fields().size());
            }
        }
        return new CsvTable(name, header, rows);
    }

    /** A single pass over the characters. */
    private static final class Parser {
        private final String name;
        private final String text;
        private int pos;
        private int line = 1;

        Parser(String name, String text) {
            this.name = name;
            this.text = text;
            this.pos = text.startsWith("\uFEFF") ? 1 : 0;
        }

        List<Record> records() {
            List<Record> out = new ArrayList<>();
            while (pos < text.length()) {
                int start = line;
                List<String> fields = record();
                boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
                if (!blank) {
                    out.add(new Record(start, fields));
                }
            }
            return out;
        }

        /** Reads fields up to and including the end of the record's last line. */
        private List<String> record() {
            List<String> fields = new ArrayList<>();
            while (true) {
                fields.add(field());
                if (pos >= text.length()) {
                    return fields;
                }
                char c = text.charAt(pos++);
                if (c == ',') {
                    continue;
                }
                // c is '\r' or '\n': the record ends
                if (c == '\r' && pos < text.length() && text.charAt(pos) == '\n') {
                    pos++;
                }
                line++;
                return fields;
            }
        }

        /** Reads one field and stops before the separator or line end that follows it. */
        private String field() {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            if (pos < text.length() && text.charAt(pos) == '"') {
                return quoted();
            }
            pos = start;
            while (pos < text.length() && !isBreak(text.charAt(pos))) {
                pos++;
            }
            return text.substring(start, pos).trim();
        }

        private String quoted() {
            int openLine = line;
            pos++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw new DataException(name + ": line " + openLine + ": a quoted field is never closed");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        sb.append('"');
                        pos++;
                    } else {
                        break;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    sb.append(c);
                }
            }
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            if (pos < text.length() && !isBreak(text.charAt(pos))) {
                throw new DataException(name + ": line " + line + ": unexpected text after a closing quote");
            }
            return sb.toString();
        }

        private static boolean isBreak(char c) {
            return c == ',' || c == '\n' || c == '\r';
        }
    }
}
