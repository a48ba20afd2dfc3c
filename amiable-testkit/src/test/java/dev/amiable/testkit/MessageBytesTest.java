package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link Message#toBytes()} is the UTF-8 of the wire text, ASCII or not. */
class MessageBytesTest {

    @Test
    void asciiAndNonAsciiMessagesEncodeAsTheirText() {
        Message ascii = Message.event("Newchannel", "Channel", "PJSIP/100-00000001", "AccountCode", "");
        Message accented = Message.event("Newchannel", "CallerIDName", "Zoë Grüße", "Exten", "100");
        for (Message m : new Message[] {ascii, accented}) {
            assertArrayEquals(m.toString().getBytes(StandardCharsets.UTF_8), m.toBytes(), m.toString());
        }
        assertArrayEquals("Event: Newchannel\r\nChannel: PJSIP/100-00000001\r\nAccountCode: \r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII), ascii.toBytes());
    }
}
