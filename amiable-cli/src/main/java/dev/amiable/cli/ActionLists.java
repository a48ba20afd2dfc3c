package dev.amiable.cli;

import java.util.Locale;
import java.util.Set;

/**
 * Which actions answer with a list of events, so {@code send} gathers their items. Until the
 * generated catalogue is available this holds Asterisk 22's list actions (Hangup left out: it
 * lists only when given a channel pattern).
 */
final class ActionLists {
    private static final Set<String> LISTS = Set.of("agents", "bridgeinfo", "bridgelist",
            "bridgetechnologylist", "confbridgelist", "confbridgelistrooms", "coreshowchannelmap",
            "coreshowchannels", "dahdishowchannels", "dahdishowstatus", "dbget", "dbgettree", "devicestatelist",
            "extensionstatelist", "faxsessions", "iaxpeerlist", "iaxpeers", "iaxregistry", "mwiget", "meetmelist",
            "meetmelistrooms", "pjsipshowaors", "pjsipshowauths", "pjsipshowcontacts", "pjsipshowendpoint",
            "pjsipshowendpoints", "pjsipshowmaintenance", "pjsipshowregistrationinboundcontactstatuses",
            "pjsipshowregistrationsinbound", "pjsipshowregistrationsoutbound", "pjsipshowresourcelists",
            "pjsipshowsubscriptionsinbound", "pjsipshowsubscriptionsoutbound", "prishowspans", "parkedcalls",
            "parkinglots", "presencestatelist", "queuestatus", "queuesummary", "showdialplan", "status",
            "voicemailboxsummary", "voicemailuserstatus", "voicemailuserslist");

    private ActionLists() {
    }

    /** Whether {@code action} (any case) is a list action. */
    static boolean isList(String action) {
        return LISTS.contains(action.toLowerCase(Locale.ROOT));
    }
}
