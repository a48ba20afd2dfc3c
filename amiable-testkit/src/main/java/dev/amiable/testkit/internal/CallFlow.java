package dev.amiable.testkit.internal;

import dev.amiable.testkit.OriginateOutcome;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays calls out the way Asterisk 22 reports them: Newchannel, VarSet, Newexten, LocalBridge,
 * Newstate, OriginateResponse, then the destination (plain talk, queue, parking, conference), then
 * HangupRequest, Cdr, Hangup. Every method runs under the {@link Pbx} lock.
 */
final class CallFlow {
    static final long ANSWER_DELAY = 10;
    private static final DateTimeFormatter CDR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Pbx pbx;
    final QueueFlow queues;
    final PlaceFlow places;

    CallFlow(Pbx pbx) {
        this.pbx = pbx;
        this.queues = new QueueFlow(pbx, this);
        this.places = new PlaceFlow(pbx, this);
    }

    /** Creates the channels of a new call and schedules the rest; a failing extension fails. */
    Call start(Call.Request r) {
        return start(r, pbx.config.failing().contains(r.exten()) ? OriginateOutcome.FAILURE : OriginateOutcome.ANSWER, 0);
    }

    /** As {@link #start(Call.Request)} with the outcome decided; a failure is reported after {@code ringMillis} more. */
    Call start(Call.Request r, OriginateOutcome planned, long ringMillis) {
        Call call = new Call(r);
        call.planned = planned;
        pbx.callsStarted.incrementAndGet();
        String u1 = pbx.nextUniqueid();
        if (r.channel().regionMatches(true, 0, "Local/", 0, 6)) {
            String base = r.channel().replaceFirst("/n$", "") + "-" + pbx.nextLocalSuffix();
            call.one = register(call, new PbxChannel(base + ";1", u1, u1, 0, r.context(), r.exten()));
            call.two = register(call, new PbxChannel(base + ";2", pbx.nextUniqueid(), u1, 4, r.context(), r.exten()));
        } else {
            call.one = register(call, new PbxChannel(r.channel() + "-" + pbx.nextLocalSuffix(), u1, u1, 0,
                    r.context(), r.exten()));
        }
        if (r.callerId() != null) {
            call.one.callerIdNum = r.callerId();
        }
        pbx.emitChannel("Newchannel", "call,all", call.one);
        if (call.two != null) {
            pbx.emitChannel("Newchannel", "call,all", call.two);
        }
        for (String[] v : r.variables()) {
            call.one.vars.put(v[0], v[1]);
            pbx.emitChannel("VarSet", "dialplan,all", call.one, "Variable", v[0], "Value", v[1]);
        }
        call.one.application = "AppDial2";
        call.one.appData = "(Outgoing Line)";
        pbx.emitChannel("Newexten", "dialplan,all", call.one, "Extension", call.one.exten,
                "Application", "AppDial2", "AppData", "(Outgoing Line)");
        if (call.two != null && planned == OriginateOutcome.ANSWER) {
            List<String> kv = new ArrayList<>();
            call.one.snapshot("LocalOne", kv);
            call.two.snapshot("LocalTwo", kv);
            kv.addAll(List.of("Context", r.context(), "Exten", r.exten(), "LocalOptimization", "No"));
            pbx.emit("LocalBridge", "call,all", kv);
        }
        if (planned != OriginateOutcome.ANSWER) {
            pbx.later(ANSWER_DELAY + ringMillis, () -> fail(call));
        } else {
            pbx.later(ANSWER_DELAY, () -> answer(call));
        }
        return call;
    }

    /** An Originate whose channel could not even be created (no such technology): only the failure report. */
    void unplaced(Call.Request r) {
        Call call = new Call(r);
        call.planned = OriginateOutcome.FAILURE;
        pbx.later(ANSWER_DELAY, () -> originateResponse(call, false));
    }

    private PbxChannel register(Call call, PbxChannel c) {
        c.call = call;
        c.chanVarNames = pbx.config.channelVars();
        pbx.channels.put(c.name, c);
        return c;
    }

    /** As Asterisk reports a failed Originate: OriginateResponse, a Cdr per channel, then the hang-ups. */
    private void fail(Call call) {
        if (call.ended) {
            return;
        }
        call.ended = true;
        originateResponse(call, false);
        String disposition = call.planned.disposition();
        if (call.two != null) {
            cdr(call.two, "", disposition);
        }
        cdr(call.one, "", disposition);
        if (call.two != null) {
            hangupChannel(call.two, call.planned.cause());
        }
        hangupChannel(call.one, call.planned.cause());
        finish(call);
    }

    private void answer(Call call) {
        if (call.ended) {
            return;
        }
        PbxChannel side = call.dialplanSide();
        side.application = "Answer";
        side.appData = "";
        pbx.emitChannel("Newexten", "dialplan,all", side, "Extension", side.exten, "Application", "Answer", "AppData", "");
        if (call.two != null) {
            setState(call.two, 6);
        }
        setState(call.one, 6);
        call.one.answeredMillis = System.currentTimeMillis();
        originateResponse(call, true);
        if (call.request.application() != null) {
            call.one.application = call.request.application();
            call.one.appData = call.request.data() == null ? "" : call.request.data();
        }
        side.priority++;
        String exten = call.request.exten();
        String queue = call.request.queue() != null ? call.request.queue() : pbx.config.queueExtensions().get(exten);
        String conference = pbx.config.conferences().get(exten);
        if (queue != null && pbx.queues.containsKey(queue)) {
            queues.join(call, pbx.queues.get(queue));
        } else if (exten.equals(pbx.config.parkExtension())) {
            places.park(call);
        } else if (conference != null) {
            places.joinConference(call, conference);
        } else {
            side.application = "Wait";
            side.appData = Long.toString(Math.max(1, call.request.talkMillis() / 1000));
            pbx.emitChannel("Newexten", "dialplan,all", side, "Extension", side.exten, "Application", "Wait",
                    "AppData", side.appData);
        }
        if (call.queue == null) {
            pbx.later(call.request.talkMillis(), () -> hangup(call, 16));
        }
    }

    void setState(PbxChannel c, int state) {
        c.state = state;
        pbx.emitChannel("Newstate", "call,all", c);
    }

    private void originateResponse(Call call, boolean ok) {
        Call.Request r = call.request;
        if (r.async()) {
            List<String> kv = new ArrayList<>();
            if (r.actionId() != null) {
                kv.addAll(List.of("ActionID", r.actionId()));
            }
            kv.addAll(List.of("Response", ok ? "Success" : "Failure", "Channel", ok ? call.one.name : r.channel()));
            if (r.application() != null) {
                kv.addAll(List.of("Application", r.application(), "Data", r.data() == null ? "" : r.data()));
            } else {
                kv.addAll(List.of("Context", call.requestedContext != null ? call.requestedContext : r.context(),
                        "Exten", call.requestedExten != null ? call.requestedExten : r.exten()));
            }
            String unknown = "<unknown>";
            kv.addAll(List.of("Reason", Integer.toString(call.planned.reason()), "Uniqueid", ok ? call.one.uniqueid : unknown,
                    "CallerIDNum", call.one != null ? call.one.callerIdNum : r.callerId() != null ? r.callerId() : unknown,
                    "CallerIDName", call.one != null ? call.one.callerIdName : unknown));
            for (String v : ok ? call.one.chanVarNames : List.<String>of()) {
                kv.addAll(List.of("ChanVariable(" + call.one.name + ")", v + "=" + call.one.vars.getOrDefault(v, "")));
            }
            pbx.emit("OriginateResponse", "call,all", kv);
        }
        call.outcome.complete(ok);
    }

    /** Ends the whole call: destination first, then the caller's channels. */
    void hangup(Call call, int cause) {
        if (call.ended) {
            return;
        }
        call.ended = true;
        if (call.queue != null) {
            queues.leave(call, cause);
        }
        places.leave(call);
        if (call.two != null) {
            pbx.emitChannel("HangupRequest", "call,all", call.one, "Cause", Integer.toString(cause));
        }
        cdr(call.one, call.agentOne != null ? call.agentOne.name : "", call.one.answeredMillis > 0 ? "ANSWERED" : "NO ANSWER");
        if (call.two != null) {
            hangupChannel(call.two, cause);
        }
        hangupChannel(call.one, cause);
        if (!call.outcome.isDone()) {
            call.outcome.complete(false);
        }
        finish(call);
        if (call.queue != null) {
            queues.dispatch(call.queue);
        }
    }

    private void finish(Call call) {
        pbx.callsCompleted.incrementAndGet();
        if (call.onEnd != null) {
            call.onEnd.run();
        }
    }

    void hangupChannel(PbxChannel c, int cause) {
        if (pbx.channels.remove(c.name) == null) {
            return;
        }
        pbx.emitChannel("Hangup", "call,all", c, "Cause", Integer.toString(cause), "Cause-txt", causeText(cause));
    }

    void cdr(PbxChannel c, String destinationChannel, String disposition) {
        long now = System.currentTimeMillis();
        long answered = c.answeredMillis;
        List<String> kv = new ArrayList<>(List.of(
                "AccountCode", c.accountCode, "Source", "<unknown>".equals(c.callerIdNum) ? "" : c.callerIdNum,
                "Destination", c.exten, "DestinationContext", c.context, "CallerID", "\"\" <>",
                "Channel", c.name, "DestinationChannel", destinationChannel,
                "LastApplication", c.application, "LastData", c.appData,
                "StartTime", time(c.createdMillis), "AnswerTime", answered > 0 ? time(answered) : "",
                "EndTime", time(now), "Duration", Long.toString((now - c.createdMillis) / 1000),
                "BillableSeconds", Long.toString(answered > 0 ? (now - answered) / 1000 : 0),
                "Disposition", disposition, "AMAFlags", "DOCUMENTATION", "UniqueID", c.uniqueid, "UserField", ""));
        pbx.emit("Cdr", "cdr,all", kv);
    }

    static String time(long millis) {
        return LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(millis), java.time.ZoneId.systemDefault())
                .format(CDR_TIME);
    }

    static String causeText(int cause) {
        switch (cause) {
            case 0: return "Unknown";
            case 1: return "Unallocated (unassigned) number";
            case 16: return "Normal Clearing";
            case 17: return "User busy";
            case 19: return "No answer";
            case 21: return "Call Rejected";
            case 26: return "Answered elsewhere";
            case 34: return "Circuit/channel congestion";
            default: return "Unknown";
        }
    }
}
