package org.backproplab.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.backproplab.input.FileProblemException;
import org.backproplab.input.MalformedTextException;

/**
 * A CSV file read one record at a time with Apache Commons CSV (RFC 4180: comma separators,
 * fields optionally in double quotes, a doubled quote inside standing for one, quoted fields
 * holding commas and line breaks; LF, CR LF or CR line ends). Blank lines are skipped but
 * counted; spaces around fields are dropped (inside quotes they are kept). The first record is
 * the header; every record must have as many fields as it. Every problem is a
 * {@link DataException} naming the file and the line.
 */
public final class CsvRecords implements Closeable {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();
    private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
    private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    /**
     * Reads the header.
     *
     * @param name the file name used in messages
     * @param text the file's text (closed with this object)
     * @throws DataException for an empty file or a malformed header
     */
    public CsvRecords(String name, Reader text) {
        this.name = name;
        try {
            this.parser = CSVParser.builder().setReader(text).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw problem(e, 1);
        }
        this.records = parser.iterator();
        CsvTable.Record first;
        try {
            first = next();
        } catch (DataException e) {
            close();
            throw e;
        }
        if (first == null) {
            close();
            throw new DataException(name + ": the file is empty (expected a header row)");
        }
        this.header = first.fields();
    }

    /** @return the file name used in messages */
    public String name() {
        return name;
    }

    /** @return the column names */
    public List<String> header() {
        return header;
    }

    /**
     * @return the next data record (blank lines skipped), or null at the end of the file
     * @throws DataException for a malformed record or one of the wrong width
     */
    public CsvTable.Record next() {
        while (true) {
            long before = parser.getCurrentLineNumber();
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                r = records.next();
            } catch (UncheckedIOException e) {
                throw problem(e.getCause(), before + 1);
            } catch (IllegalStateException e) {
                throw new DataException(name + ": line " + (before + 1) + ": " + e.getMessage());
            }
            if (r.size() == 1 && r.get(0).isEmpty()) {
                continue;
            }
            int line = (int) Math.min(Integer.MAX_VALUE, before + 1);
            if (header != null && r.size() != header.size()) {
                throw new DataException(name + ": line " + line + ": expected " + header.size()
                        + " columns, found " + r.size());
            }
            return new CsvTable.Record(line, r.toList());
        }
    }

    private DataException problem(IOException e, long line) {
        if (e instanceof MalformedTextException || e instanceof FileProblemException) {
            return new DataException(name + ": " + e.getMessage());
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("EOF reached before encapsulated token finished")) {
            return new DataException(name + ": line " + lineIn(m, START_LINE, line) + ": a quoted field is never closed");
        }
        if (m.contains("Invalid character between encapsulated token and delimiter")) {
            return new DataException(name + ": line " + lineIn(m, AT_LINE, line) + ": unexpected text after a closing quote");
        }
        return new DataException(name + ": line " + line + ": cannot read: " + m);
    }

    private static long lineIn(String message, Pattern pattern, long fallback) {
        Matcher m = pattern.matcher(message);
        return m.find() ? Long.parseLong(m.group(1)) : fallback;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            // reading is over; nothing of the file is lost by a failed close
        }
    }
}
