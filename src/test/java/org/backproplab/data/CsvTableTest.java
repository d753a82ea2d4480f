package org.backproplab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsHeaderAndRowsWithTheirLineNumbers() {
        CsvTable t = CsvTable.parse("f.csv", "a,b\n1,2\n\n3,4\n");
        assertEquals(List.of("a", "b"), t.header());
        assertEquals(2, t.records().size());
        assertEquals(List.of("3", "4"), t.records().get(1).fields());
        assertEquals(4, t.records().get(1).line(), "the blank line 3 is skipped but counted");
    }

    @Test
    void stripsByteOrderMarkAndHandlesCrLf() {
        CsvTable t = CsvTable.parse("f.csv", "\uFEFFx,y\r\n1.5,2\r\n-3,4e2\r\n");
        assertEquals(List.of("x", "y"), t.header());
        assertEquals(List.of("-3", "4e2"), t.records().get(1).fields());
        assertEquals(3, t.records().get(1).line());
    }

    @Test
    void quotedFieldsKeepCommasDoubledQuotesAndLineBreaks() {
        CsvTable t = CsvTable.parse("f.csv", "name,v\n\"Smith, J.\",1\n\"say \"\"hi\"\"\",2\n\"two\nlines\",3\nlast,4");
        assertEquals("Smith, J.", t.records().get(0).fields().get(0));
        assertEquals("say \"hi\"", t.records().get(1).fields().get(0));
        assertEquals("two\nlines", t.records().get(2).fields().get(0));
        assertEquals(4, t.records().get(2).line());
        assertEquals(6, t.records().get(3).line(), "the quoted line break counts as a line");
        assertEquals(List.of("last", "4"), t.records().get(3).fields());
    }

    @Test
    void unquotedFieldsAreTrimmedAndEmptyFieldsKept() {
        CsvTable t = CsvTable.parse("f.csv", "a , b,c\n 1 ,,3\n");
        assertEquals(List.of("a", "b", "c"), t.header());
        assertEquals(List.of("1", "", "3"), t.records().get(0).fields());
    }

    @Test
    void shortRowNamesFileLineAndCounts() {
        DataException e = assertThrows(DataException.class,
                () -> CsvTable.parse("data.csv", "a,b,c,d,e\n1,2,3,4,5\n1,2,3,4\n"));
        assertEquals("data.csv: line 3: expected 5 columns, found 4", e.getMessage());
    }

    @Test
    void unclosedQuoteIsReportedAtTheLineWhereItOpens() {
        DataException e = assertThrows(DataException.class, () -> CsvTable.parse("q.csv", "a,b\n1,\"oops\n2,3\n"));
        assertEquals("q.csv: line 2: a quoted field is never closed", e.getMessage());
    }

    @Test
    void emptyFileIsAnError() {
        DataException e = assertThrows(DataException.class, () -> CsvTable.parse("e.csv", "\n\n"));
        assertEquals("e.csv: the file is empty (expected a header row)", e.getMessage());
    }
}
