package dev.amiable.agi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgiReplyTest {

    @Test
    void plainResult() {
        AgiReply r = AgiReply.parse("200 result=1");
        assertEquals(200, r.code());
        assertEquals("1", r.result());
        assertEquals(1, r.resultNumber());
        assertNull(r.data());
        assertEquals(-1, r.endpos());
    }

    @Test
    void dataAndEndpos() {
        AgiReply r = AgiReply.parse("200 result=1 (timeout) endpos=1234");
        assertEquals("timeout", r.data());
        assertEquals(1234, r.endpos());
        assertEquals("1234", r.attribute("endpos"));
    }

    @Test
    void dataWithSpacesAndParentheses() {
        AgiReply r = AgiReply.parse("200 result=1 (a value (with) parentheses)");
        assertEquals("a value (with) parentheses", r.data());
        r = AgiReply.parse("200 result=1 (x) y) endpos=5");
        assertEquals("x) y", r.data());
        assertEquals(5, r.endpos());
    }

    @Test
    void emptyResultOfGetData() {
        AgiReply r = AgiReply.parse("200 result= (timeout)");
        assertEquals("", r.result());
        assertEquals("timeout", r.data());
    }

    @Test
    void quotedAttributes() {
        AgiReply r = AgiReply.parse("200 result=1 (speech) endpos=0 results=1 score0=900 text0=\"two words\" grammar0=g");
        assertEquals("speech", r.data());
        assertEquals("two words", r.attribute("text0"));
        assertEquals("g", r.attribute("grammar0"));
        assertEquals("900", r.attribute("score0"));
    }

    @Test
    void errorsAndUsage() {
        assertEquals(510, AgiReply.parse("510 Invalid or unknown command").code());
        assertEquals("Invalid or unknown command", AgiReply.parse("510 Invalid or unknown command").message());
        assertEquals(511, AgiReply.parse("511 Command Not Permitted on a dead channel or intercept routine").code());
        AgiReply u = AgiReply.parse(List.of("520-Invalid command syntax.  Proper usage follows:",
                " Usage: STREAM FILE <filename> <escape_digits> [sample offset]", " Plays a file.",
                "520 End of proper usage."));
        assertEquals(520, u.code());
        assertEquals(List.of(" Usage: STREAM FILE <filename> <escape_digits> [sample offset]", " Plays a file."), u.usage());
        assertEquals(520, AgiReply.parse("520 Invalid command syntax.  Proper usage not available.").code());
    }

    @Test
    void garbageNeverThrows() {
        assertEquals(-1, AgiReply.parse("").code());
        assertEquals(-1, AgiReply.parse("hello").code());
        assertEquals(-1, AgiReply.parse("2x0 result=1").code());
        assertEquals(-1, AgiReply.parse("200 result=abc").resultNumber());
    }

    @Test
    void dataEndsAtTheLastParenthesisFollowedOnlyByAttributes() {
        assertEquals("a) b=\"x", AgiReply.parse("200 result=1 (a) b=\"x) k=v").data());
        assertEquals("v", AgiReply.parse("200 result=1 (a) b=\"x) k=v").attribute("k"));
        assertEquals("x) y z", AgiReply.parse("200 result=1 (x) y z)").data());
        assertEquals("q) t=\"one two\"", AgiReply.parse("200 result=1 (q) t=\"one two\")  ").data());
        assertEquals("p", AgiReply.parse("200 result=1 (p) t=\"one two\" u=").data());
        assertEquals("one two", AgiReply.parse("200 result=1 (p) t=\"one two\" u=").attribute("t"));
        assertEquals(null, AgiReply.parse("200 result=1 (open").data());
    }
}
