package org.backproplab.data;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole CSV file as a header and records, each record remembering the line it started on so
 * messages can point at it; read by {@link CsvRecords} (RFC 4180, blank lines skipped, spaces
 * around unquoted fields dropped). A byte-order mark is skipped by the decoder that reads the
 * file, and one at the start of {@link #parse}'s text too.
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
        return read(new CsvRecords(name, new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)));
    }

    /**
     * Collects every record of a file (for small files; large ones are read record by record).
     *
     * @param csv the file, positioned after its header (closed here)
     * @return the table
     * @throws DataException for a malformed record
     */
    public static CsvTable read(CsvRecords csv) {
        try (csv) {
            List<Record> rows = new ArrayList<>();
            for (Record r = csv.next(); r != null; r = csv.next()) {
                rows.add(r);
            }
            return new CsvTable(csv.name(), csv.header(), rows);
        }
    }
}
