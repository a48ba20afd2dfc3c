package dev.amiable.internal.conn;

import dev.amiable.AmiActionException;
import dev.amiable.AmiAuthenticationException;
import dev.amiable.AmiOptions;
import dev.amiable.AmiResponse;
import dev.amiable.AuthType;
import dev.amiable.action.AmiAction;
import dev.amiable.action.GenericAction;

/**
 * Logs a fresh session in (plain or MD5 challenge), then sets what must be set on every login:
 * the event mask rides on the Login itself, filters follow it. Never retried here.
 */
final class Login {
    private Login() {
    }

    static void run(Session s, AmiOptions o, String peer, Iterable<String> filters, String eventMask) {
        long t = o.actionTimeout().toNanos();
        GenericAction.Builder login = GenericAction.builder("Login").header("Username", o.username());
        if (o.authType() == AuthType.MD5) {
            AmiResponse c = Futures.await(s.send(GenericAction.builder("Challenge").header("AuthType", "MD5").build(),
                    t, null).response, t, "Challenge");
            String challenge = c.get("Challenge");
            if (!c.isSuccess() || challenge == null) {
                throw new AmiAuthenticationException(peer + " refused the MD5 challenge: " + describe(c));
            }
            login.header("AuthType", "MD5").header("Key", Md5.key(challenge, o.secret()));
        } else {
            login.header("Secret", o.secret());
        }
        login.header("Events", eventMask);
        AmiResponse r = Futures.await(s.send(login.build(), t, null).response, t, "Login");
        if (!r.isSuccess()) {
            throw new AmiAuthenticationException("login as '" + o.username() + "' refused by " + peer + ": "
                    + describe(r));
        }
        for (String f : filters) {
            AmiAction add = GenericAction.builder("Filter").header("Operation", "Add").header("Filter", f).build();
            AmiResponse fr = Futures.await(s.send(add, t, null).response, t, "Filter");
            if (!fr.isSuccess()) {
                throw new AmiActionException("Filter", fr);
            }
        }
    }

    private static String describe(AmiResponse r) {
        String m = r.message();
        return m == null ? "Response: " + r.get("Response") : m;
    }
}
