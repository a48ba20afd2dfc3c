package dev.amiable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.amiable.OverflowEpisode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DropNoticeTest {
    @Test
    void oneStderrLinePerEpisodeWithCountAndSpan() {
        StringWriter err = new StringWriter();
        DropNotice notice = new DropNotice(new PrintWriter(err));
        Instant t = Instant.parse("2026-12-04T10:00:00Z");
        notice.onOverflow(new OverflowEpisode(1234, t, t.plusMillis(812)));
        notice.onOverflow(new OverflowEpisode(5, t.plusSeconds(3), t.plusSeconds(3)));
        assertEquals("amiable: 1234 event(s) dropped in 812 ms: this command fell behind the server; "
                + "they are missing from the output" + System.lineSeparator()
                + "amiable: 5 event(s) dropped in 0 ms: this command fell behind the server; "
                + "they are missing from the output" + System.lineSeparator(), err.toString());
    }
}
