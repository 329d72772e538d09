package io.techdir.gather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The header line's line break decides the line ends; lone CRs are hidden from Commons CSV and given back. */
class LineEndsTest {

    @Test
    void theHeaderLinesLineBreakDecides() {
        assertEquals(LineEnds.LF, LineEnds.after('\n', 'a'));
        assertEquals(LineEnds.LF, LineEnds.after('\r', '\n'));
        assertEquals(LineEnds.CR, LineEnds.after('\r', 'a'));
        assertEquals(LineEnds.CR, LineEnds.after('\r', '\r'));
        assertEquals(LineEnds.CR, LineEnds.after('\r', -1));
        assertEquals(LineEnds.LF, LineEnds.after(-1, -1));
    }

    @Test
    void aWholeTextsFirstLineDecidesAndItsLinesEndSo() {
        assertEquals(LineEnds.LF, LineEnds.of("a\nb\rc\r"));
        assertEquals(LineEnds.LF, LineEnds.of("a\r\nb\rc"));
        assertEquals(LineEnds.CR, LineEnds.of("a\rb\nc"));
        assertEquals(LineEnds.LF, LineEnds.of("one line"));
        String text = "a\rb\r\nc\nd\re";
        assertEquals(3, LineEnds.LF.lineEnd(text, 0), "a lone CR is a character");
        assertEquals(5, LineEnds.nextLine(text, 3), "past CRLF");
        assertEquals(6, LineEnds.LF.lineEnd(text, 5));
        assertEquals(10, LineEnds.LF.lineEnd(text, 7), "the last line ends with the text");
        assertEquals(1, LineEnds.CR.lineEnd(text, 0));
        assertEquals(2, LineEnds.nextLine(text, 1));
        assertEquals(8, LineEnds.CR.lineEnd(text, 7));
        assertEquals(10, LineEnds.nextLine(text, 10));
    }

    /** Read in pieces of every size: a CR at the end of a piece is decided by the next one. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 64})
    void loneCrsAreHiddenWhateverThePiecesAndGivenBack(int piece) throws IOException {
        String text = "a\rb\r\nc\r\r\n\rd\n\r";
        Reader hidden = LineEnds.LF.forCommonsCsv(new StringReader(text));
        StringBuilder read = new StringBuilder();
        char[] buf = new char[piece];
        for (int n = hidden.read(buf, 0, piece); n >= 0; n = hidden.read(buf, 0, piece)) {
            read.append(buf, 0, n);
        }
        String h = String.valueOf(LineEnds.HIDDEN_CR);
        assertEquals("a" + h + "b\r\nc" + h + "\r\n" + h + "d\n" + h, read.toString());
        assertEquals(text, LineEnds.restore(read.toString()));
    }

    @Test
    void crLineEndsAreReadAsTheyAre() throws IOException {
        Reader reader = new StringReader("a\rb");
        assertSame(reader, LineEnds.CR.forCommonsCsv(reader));
    }

    @Test
    void aSurrogatePairIsNotAHiddenCr() {
        String pair = "x\uD800\uDFFFy"; // U+103FF: its low surrogate is the hiding character
        assertEquals(pair, LineEnds.restore(pair));
        assertEquals("\r" + pair + "\r", LineEnds.restore(LineEnds.HIDDEN_CR + pair + LineEnds.HIDDEN_CR));
    }
}
