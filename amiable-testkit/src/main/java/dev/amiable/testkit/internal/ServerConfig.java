package dev.amiable.testkit.internal;

import java.time.Duration;
import java.util.Map;

/**
 * Everything fixed when the server is built. Immutable.
 *
 * @param host               address to bind, normally 127.0.0.1
 * @param port               port to bind, 0 for any free port
 * @param version            the AMI version in the banner and the behaviour that follows from it
 * @param users              users by lower-case name
 * @param failedLoginDelay   how long a failed Login waits before answering and closing
 * @param authTimeout        unauthenticated sessions are closed after this; null for never
 * @param commands           scripted CLI output by command string (lower-case, trimmed)
 * @param timestampEvents    add {@code Timestamp: <epoch.micros>} after {@code Privilege} in events
 * @param sequenceNumbers    add {@code SequenceNumber: n} (per session, from 1) after
 *                           {@code Privilege} in events
 * @param legacyCommand      null to follow the version, else force the Command output format
 * @param pbx                the simulated PBX's layout and speed
 * @param securityEvents     emit security-class events about sessions (logins, refused requests)
 * @param originateScript    decides how an Originate ends, null (or a null answer) for the built-in rules
 * @param log                receives one line per session opened or closed, login, failed login and
 *                           action; null for none
 * @param recordActions      keep every action received for {@code takeAction}; false to only count them
 */
public record ServerConfig(
        String host,
        int port,
        AmiVersion version,
        Map<String, UserAccount> users,
        Duration failedLoginDelay,
        Duration authTimeout,
        Map<String, String> commands,
        boolean timestampEvents,
        boolean sequenceNumbers,
        Boolean legacyCommand,
        PbxConfig pbx,
        boolean securityEvents,
        java.util.function.Function<dev.amiable.testkit.RecordedAction, dev.amiable.testkit.OriginateOutcome> originateScript,
        java.util.function.Consumer<String> log,
        boolean recordActions) {

    public boolean legacyCommandOutput() {
        return legacyCommand != null ? legacyCommand : version.legacyCommandOutput();
    }

    public String banner() {
        return "Asterisk Call Manager/" + version.text() + "\r\n";
    }
}
