package dev.amiable.examples;

import dev.amiable.agi.AgiChannel;
import dev.amiable.agi.AgiHangupException;
import dev.amiable.agi.AgiRequest;
import dev.amiable.agi.AgiScript;
import dev.amiable.agi.PlaybackResult;
import java.time.Duration;

/**
 * A voice menu: answers, greets the caller (by name when {@code astdb} knows their number),
 * offers 1 for sales, 2 for support and 0 for the operator, asks again up to three times, then
 * sends the call on by setting where the dialplan continues ({@code ivr-out,<choice>,1}) and the
 * channel variable {@code IVR_CHOICE}. {@code ?lang=fr} picks the prompts' language.
 *
 * <p>Dialplan: {@code exten => 500,1,AGI(agi://127.0.0.1:4573/ivr?lang=en)} and an
 * {@code [ivr-out]} context with extensions {@code sales}, {@code support}, {@code operator}.
 * Serve it with {@code bin/amiable agi --script dev.amiable.examples.IvrScript --classpath
 * examples/target/classes}. Stateless, so one instance serves every call.
 */
public final class IvrScript implements AgiScript {
    private static final Duration WAIT_FOR_KEY = Duration.ofSeconds(5);
    private static final int TRIES = 3;

    @Override
    public void service(AgiChannel channel, AgiRequest request) {
        try {
            channel.answer();
            String lang = request.param("lang");
            if (lang != null) {
                channel.setVariable("CHANNEL(language)", lang);
            }
            String name = request.callerId() == null ? null : channel.databaseGet("cidname", request.callerId());
            if (name != null) {
                channel.verbose("IVR: known caller " + name, 3);
                channel.streamFile("welcome-back", "");
            } else {
                channel.streamFile("welcome", "");
            }
            String choice = menu(channel);
            channel.setVariable("IVR_CHOICE", choice);
            channel.setContext("ivr-out");
            channel.setExtension(choice);
            channel.setPriority("1");
        } catch (AgiHangupException gone) {
            // the caller hung up: nothing left to do
        }
    }

    private static String menu(AgiChannel channel) {
        for (int i = 0; i < TRIES; i++) {
            PlaybackResult key = channel.getOption("ivr-menu", "120", WAIT_FOR_KEY);
            switch (key.digit()) {
                case '1':
                    return "sales";
                case '2':
                    return "support";
                case '0':
                    return "operator";
                default:
                    channel.streamFile("invalid", "");
            }
        }
        return "operator";
    }
}
