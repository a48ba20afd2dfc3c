package dev.amiable.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link Message#toBytes()} is the UTF-8 of the wire text, ASCII or not; {@link Message#toBytes(String)}
 * is that of the message with the ActionID inserted as its second header.
 */
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

    @Test
    void withAnActionIdTheBytesAreThoseOfTheMessageWithItSecond() throws Exception {
        Message ascii = Message.event("Newchannel", "Channel", "PJSIP/100-00000001", "AccountCode", "");
        Message accented = Message.event("Newchannel", "CallerIDName", "Zoë Grüße", "Exten", "100");
        for (Message m : new Message[] {ascii, accented, Message.of()}) {
            for (int i = 0; i < 2; i++) { // the second time from the kept encoding
                assertArrayEquals(m.insert(1, "ActionID", "a-1").toBytes(), m.toBytes("a-1"), m.toString());
                assertArrayEquals(m.toBytes(), m.toBytes(null));
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                m.writeTo(out, Message.idLine("a-1"));
                assertArrayEquals(m.toBytes("a-1"), out.toByteArray());
            }
        }
        Message own = Message.response("Success", "ActionID", "mine");
        assertArrayEquals(own.toBytes(), own.toBytes("a-1"));
        byte[] first = ascii.toBytes();
        first[0] = 'X';
        assertArrayEquals("Event: Newchannel\r\nChannel: PJSIP/100-00000001\r\nAccountCode: \r\n\r\n"
                .getBytes(StandardCharsets.US_ASCII), ascii.toBytes());
    }
}
