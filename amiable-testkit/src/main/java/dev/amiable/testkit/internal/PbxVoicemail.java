package dev.amiable.testkit.internal;

import dev.amiable.testkit.ListReply;
import dev.amiable.testkit.Message;
import dev.amiable.testkit.RecordedAction;
import dev.amiable.testkit.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated voicemail boxes ({@code 1000@default} "CEO Test Box" with three new messages,
 * {@code 1001@default} "Second Box" empty, as in the captured server) and the actions that read
 * them: MailboxCount, MailboxStatus, VoicemailUsersList. A mailbox that does not exist counts zero
 * messages, as in Asterisk. Runs under the {@link Pbx} lock.
 */
final class PbxVoicemail {
    /** One box: its full name and message counts. */
    record Box(String fullName, int newMessages, int oldMessages, int urgentMessages) {
    }

    private final Map<String, Box> boxes = new LinkedHashMap<>();

    PbxVoicemail() {
        boxes.put("1000@default", new Box("CEO Test Box", 3, 0, 0));
        boxes.put("1001@default", new Box("Second Box", 0, 0, 0));
    }

    /** The MWI device states of the boxes, as DeviceStateList reports them. */
    void devices(Map<String, String> out) {
        boxes.forEach((id, b) -> out.put("MWI:" + id, b.newMessages() > 0 ? "INUSE" : "NOT_INUSE"));
    }

    Reply mailboxCount(RecordedAction a) {
        String mailbox = a.get("Mailbox");
        if (mailbox == null || mailbox.isEmpty()) {
            return Reply.error("Mailbox not specified");
        }
        Box b = box(mailbox);
        return Reply.success("Message", "Mailbox Message Count", "Mailbox", mailbox,
                "UrgMessages", Integer.toString(b.urgentMessages()), "NewMessages", Integer.toString(b.newMessages()),
                "OldMessages", Integer.toString(b.oldMessages()));
    }

    Reply mailboxStatus(RecordedAction a) {
        String mailbox = a.get("Mailbox");
        if (mailbox == null || mailbox.isEmpty()) {
            return Reply.error("Mailbox not specified");
        }
        return Reply.success("Message", "Mailbox Status", "Mailbox", mailbox,
                "Waiting", box(mailbox).newMessages() > 0 ? "1" : "0");
    }

    Reply usersList(RecordedAction a) {
        List<Message> items = new ArrayList<>();
        boxes.forEach((id, b) -> {
            int at = id.indexOf('@');
            items.add(Message.event("VoicemailUserEntry", "VMContext", id.substring(at + 1),
                    "VoiceMailbox", id.substring(0, at), "Fullname", b.fullName(), "Email", "", "Pager", "",
                    "ServerEmail", "asterisk@localhost", "FromString", "", "MailCommand", "/bin/true",
                    "Language", "", "TimeZone", "", "Callback", "", "Dialout", "", "UniqueID", "",
                    "ExitContext", "", "SayDurationMinimum", "2", "SayEnvelope", "Yes", "SayCID", "No",
                    "AttachMessage", "No", "AttachmentFormat", "", "DeleteMessage", "No", "VolumeGain", "0.00",
                    "CanReview", "No", "CanMarkUrgent", "Yes", "CallOperator", "No", "MaxMessageCount", "100",
                    "MaxMessageLength", "30", "NewMessageCount", Integer.toString(b.newMessages()),
                    "OldMessageCount", Integer.toString(b.oldMessages())));
        });
        return ListReply.of("Voicemail user list", "VoicemailUserEntryComplete", items);
    }

    /** The box for {@code 1000} or {@code 1000@default}; an empty one when it does not exist. */
    private Box box(String mailbox) {
        String id = mailbox.contains("@") ? mailbox : mailbox + "@default";
        return boxes.getOrDefault(id, new Box("", 0, 0, 0));
    }
}
