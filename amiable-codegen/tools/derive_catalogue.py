#!/usr/bin/env python3
"""One-off derivation of amiable-codegen/src/main/resources/ami-catalogue.json.

Inputs (not needed by the build): the shared spec (ami-events.json, ami-actions.json,
ami-undocumented-events.json), the seed lists and the real captures. The curated overlays
below (types, summaries, legacy events) are written by the Amiable team. The catalogue is the
checked-in source of truth from then on; edit it directly and run the generator.

Usage: python3 derive_catalogue.py SHARED_DIR OUT_JSON
"""
import collections, json, re, sys

shared, out_path = sys.argv[1], sys.argv[2]
spec_events = json.load(open(f"{shared}/spec/ami-events.json"))
spec_actions = json.load(open(f"{shared}/spec/ami-actions.json"))
undoc = json.load(open(f"{shared}/spec/ami-undocumented-events.json"))
INTERNAL = {"CloseSession", "Placeholder", "FakeMI"}
COMMON = set("privilege timestamp systemname sequencenumber file line func actionid eventlist event".split())

CHAN = ["Channel", "ChannelState", "ChannelStateDesc", "CallerIDNum", "CallerIDName", "ConnectedLineNum",
        "ConnectedLineName", "Language", "AccountCode", "Context", "Exten", "Priority", "Uniqueid", "Linkedid",
        "Tenantid", "ChanVariable"]
BRIDGE = ["BridgeUniqueid", "BridgeType", "BridgeTechnology", "BridgeCreator", "BridgeName", "BridgeNumChannels",
          "BridgeVideoSourceMode", "BridgeVideoSource"]
QMEMBER = ["Queue", "MemberName", "Interface", "StateInterface", "Membership", "Penalty", "CallsTaken", "LastCall",
           "LastPause", "LoginTime", "InCall", "Status", "Paused", "PausedReason", "Ringinuse", "Wrapuptime"]
CHAN_PREFIXES = ["", "Dest", "Parkee", "Parker", "Retriever", "LocalOne", "LocalTwo", "Source", "Target", "Spyer",
                 "Spyee", "Transferer", "Transferee", "TransferTarget", "OrigTransferer", "SecondTransferer"]
BRIDGE_PREFIXES = ["", "Orig", "Second", "To", "From"]

# ---- types -------------------------------------------------------------------------------
T = {}
for n in ("Count ListItems Items Total Penalty CallsTaken Position OriginalPosition Max Completed Abandoned "
          "ServiceLevel Weight Calls LoggedIn Available Callers Priority BridgeNumChannels ResultCode "
          "Wrapuptime NewMessageCount OldMessageCount MaxMessageCount MaxMessageLength SayDurationMinimum New Old "
          "Urgent Parties ListExtensions ListPriorities ListContexts Port IPport ReportCount BridgePriority "
          "EventVersion Registered NotRegistered NumChannels Marked MaxContacts TotalContacts ContactsRegistered "
          "Expires Retries Interval OldMessages NewMessages").split():
    T[n] = "int"
for n in "DurationMs RingTime SentPackets SentOctets SentNTP SentRTP SSRC RoundtripUsec".split():
    T[n] = "long"
for n in "ServicelevelPerf ServicelevelPerf2 VolumeGain RTT MES".split():
    T[n] = "decimal"
for n in ("Duration BillableSeconds Seconds HoldTime TalkTime Holdtime Talktime LongestHoldTime Wait ParkingDuration "
          "ParkingTimeout Uptime LastReload AnsweredTime").split():
    T[n] = "duration"
for n in "LastCall LastPause LoginTime LoggedInTime TimeToHangup SessionTV EventTV".split():
    T[n] = "instant"
for n in "StartTime AnswerTime EndTime EventTime".split():
    T[n] = "datetime"
for n in ("Admin MarkedUser Muted Talking EndMarked EndMarkedAny WaitMarked Locked IsExternal AttachMessage "
          "DeleteMessage CanReview CanMarkUrgent CallOperator SayCID SayEnvelope BridgeSuspended Paused InCall "
          "Ringinuse Success Dynamic Trunk Restart UsingPassword Waiting").split():
    T[n] = "boolean"
for n in "RemoteAddress LocalAddress ExpectedAddress".split():
    T[n] = "address"
T["ChannelState"] = "enum:ChannelState"
T["ChanVariable"] = "variables"
# per event overrides (event -> header -> type)
T_EVENT = {
    "Hangup": {"Cause": "enum:HangupCause"}, "HangupRequest": {"Cause": "enum:HangupCause"},
    "SoftHangupRequest": {"Cause": "enum:HangupCause"}, "ChannelHungup": {"Cause": "enum:HangupCause"},
    "DeviceStateChange": {"State": "enum:DeviceState"},
    "QueueMember": {"Status": "enum:QueueMemberStatus"},
    "OriginateResponse": {"Reason": "int"},
    "Agents": {"Logintime": "duration", "LoggedInTime": "instant"},
    "Status": {"Variable": "variables"},
    "PeerEntry": {"Status": "peerStatus"},
    "RTCPSent": {"From": "address", "To": "address"}, "RTCPReceived": {"From": "address", "To": "address"},
    "MessageWaiting": {"Waiting": "string"},
    "UserEvent": {},
}
ACCESSOR = {("Status", "Variable"): "variables", ("RegistryEntry", "DNSmanager"): "dnsManager"}

def ftype(event, header, enum):
    if header in T_EVENT.get(event, {}):
        return T_EVENT[event][header]
    if event == "UserEvent":
        return "string"
    if header in T:
        return T[header]
    if enum and {v.lower() for v in enum} <= {"yes", "no", "true", "false", "0", "1"}:
        return "boolean"
    return "string"

# ---- own-words documentation ---------------------------------------------------------------
FIELD_DOC = {
    "Channel": "Name of the channel, technology first (e.g. {@code PJSIP/100-00000001}).",
    "ChannelState": "State of the channel as a number, here mapped to {@link ChannelState}.",
    "ChannelStateDesc": "State of the channel as text (Down, Ring, Ringing, Up, ...).",
    "CallerIDNum": "Caller ID number of the channel.",
    "CallerIDName": "Caller ID name of the channel.",
    "ConnectedLineNum": "Number of the party this channel is connected to.",
    "ConnectedLineName": "Name of the party this channel is connected to.",
    "Language": "Language code set on the channel (e.g. {@code en}).",
    "AccountCode": "Account code set on the channel, used for billing.",
    "Context": "Dialplan context the channel is in.",
    "Exten": "Dialplan extension the channel is at.",
    "Priority": "Dialplan priority the channel is at.",
    "Uniqueid": "Identifier of the channel, unique on this server.",
    "Linkedid": "Uniqueid of the first channel of the call this channel belongs to; equal for every channel of one call.",
    "Tenantid": "Tenant identifier, sent only when one is configured.",
    "ChanVariable": "Variables listed in {@code channelvars} of manager.conf, by name.",
    "BridgeUniqueid": "Identifier of the bridge.",
    "BridgeType": "Kind of bridge (e.g. {@code basic}, {@code parking}).",
    "BridgeTechnology": "Mixing technology in use (e.g. {@code simple_bridge}, {@code softmix}).",
    "BridgeCreator": "What created the bridge (e.g. an application name), or {@code <unknown>}.",
    "BridgeName": "Name given to the bridge, or {@code <unknown>}.",
    "BridgeNumChannels": "How many channels are in the bridge.",
    "BridgeVideoSourceMode": "How the bridge chooses its video source ({@code none}, {@code talker}, {@code single}).",
    "BridgeVideoSource": "Uniqueid of the video source channel when the mode is {@code single}.",
    "Queue": "Name of the queue.",
    "MemberName": "Display name of the queue member.",
    "Interface": "Interface the queue rings for this member (e.g. {@code PJSIP/100}).",
    "StateInterface": "Interface whose device state tells whether the member is busy.",
    "Membership": "How the member was added: {@code static}, {@code dynamic} or {@code realtime}.",
    "Penalty": "Penalty of the member; lower penalties are tried first.",
    "CallsTaken": "Number of queue calls the member has answered.",
    "LastCall": "When the member last finished a queue call (epoch 0 means never).",
    "LastPause": "When the member was last paused (epoch 0 means never).",
    "LoginTime": "When the member was added to the queue.",
    "InCall": "Whether the member is on a queue call right now.",
    "Status": "Status value; its meaning depends on the event.",
    "Paused": "Whether the member is paused.",
    "PausedReason": "Free text given when the member was paused.",
    "Ringinuse": "Whether the queue may ring the member while it is in use.",
    "Wrapuptime": "Seconds of rest after a call before the member is rung again (0: the queue's setting).",
    "Cause": "Hangup cause, a Q.850 code.",
    "Cause-txt": "Hangup cause as text (e.g. {@code Normal Clearing}).",
    "DialStatus": "Outcome of the dial attempt (ANSWER, BUSY, NOANSWER, CANCEL, CONGESTION, CHANUNAVAIL, ...).",
    "DialString": "What was dialled, without the technology.",
    "Variable": "Name of the variable.",
    "Value": "New value of the variable.",
    "Duration": "How long it lasted.",
    "BillableSeconds": "Time from answer to end.",
    "Application": "Dialplan application.",
    "AppData": "Arguments of the dialplan application.",
    "Extension": "Dialplan extension (older spelling of {@code Exten}).",
    "UserEvent": "Name given to the user event by whoever raised it.",
    "Response": "Outcome reported by the server.",
    "Reason": "Reason code or text, as sent.",
    "Digit": "The DTMF digit (0-9, *, #, A-D).",
    "Direction": "Whether the digit was {@code Received} or {@code Sent}.",
    "DurationMs": "Length of the digit in milliseconds.",
    "Position": "Position in the queue, 1 being next.",
    "Count": "Number of callers waiting in the queue.",
    "HoldTime": "How long the caller waited.",
    "TalkTime": "How long the call lasted once answered.",
    "RingTime": "How long the member was rung.",
    "Uptime": "Time since Asterisk started.",
    "LastReload": "Time since the last configuration reload.",
    "ListItems": "Number of items sent in the list.",
    "RemoteAddress": "Address the request came from.",
    "LocalAddress": "Address the request arrived at.",
    "AccountID": "Account (user name) the request was made as.",
    "Service": "Service the security event is about (e.g. {@code AMI}).",
    "Severity": "{@code Informational} or {@code Error}.",
    "SessionID": "Identifier of the session, as the service prints it.",
    "SessionTV": "When the session started.",
    "EventTV": "When the security event happened.",
    "Agent": "Agent identifier.",
    "Module": "Name of the module.",
    "Shutdown": "{@code Cleanly} or {@code Uncleanly}.",
    "Restart": "Whether Asterisk restarts after shutting down.",
}
for n in ("BridgeUniqueid BridgeType BridgeTechnology BridgeCreator BridgeName BridgeNumChannels "
          "BridgeVideoSourceMode BridgeVideoSource").split():
    pass

EVENT_SUMMARY = {
    "Newchannel": "A channel was created. Carries the new channel's snapshot; the first event of every channel's life.",
    "Hangup": "A channel has hung up and is about to go away; {@link #cause()} says why.",
    "HangupRequest": "Something asked for a channel to be hung up (e.g. the Hangup action or dialplan).",
    "SoftHangupRequest": "A soft hangup was requested on a channel: it will hang up at its next opportunity.",
    "Newstate": "A channel's state changed (for instance Ring to Up on answer).",
    "Newexten": "A channel moved to a new dialplan step. Sent on the wire as {@code Newexten} (documented as NewExten).",
    "NewCallerid": "The caller ID of a channel changed.",
    "NewConnectedLine": "The connected-line information of a channel changed.",
    "NewAccountCode": "The account code of a channel changed.",
    "DialBegin": "A dial attempt started: the caller is the channel snapshot, the callee the Dest snapshot.",
    "DialEnd": "A dial attempt finished; {@code DialStatus} gives the outcome.",
    "DialState": "An intermediate state of a dial attempt (ringing, progress, ...).",
    "BridgeCreate": "A bridge was created.",
    "BridgeDestroy": "A bridge was destroyed.",
    "BridgeEnter": "A channel joined a bridge.",
    "BridgeLeave": "A channel left a bridge.",
    "BridgeMerge": "The channels of one bridge were moved into another (From into To).",
    "BridgeInfoChannel": "One channel of a bridge, as listed by the BridgeInfo action.",
    "BridgeInfoComplete": "Ends the answer of the BridgeInfo action; carries the bridge snapshot.",
    "QueueCallerJoin": "A caller entered a queue.",
    "QueueCallerLeave": "A caller left a queue (answered or gone elsewhere).",
    "QueueCallerAbandon": "A caller hung up while still waiting in a queue.",
    "QueueMemberAdded": "A member was added to a queue.",
    "QueueMemberRemoved": "A member was removed from a queue.",
    "QueueMemberPause": "A queue member was paused or unpaused.",
    "QueueMemberStatus": "The status of a queue member changed (device state, pause, calls taken, ...).",
    "QueueMemberPenalty": "The penalty of a queue member changed.",
    "QueueMemberRinginuse": "Whether a queue member may be rung while busy changed.",
    "QueueParams": "The settings and counters of one queue, as listed by QueueStatus.",
    "QueueEntry": "One caller waiting in a queue, as listed by QueueStatus.",
    "QueueMember": "One member of a queue, as listed by QueueStatus. Uses {@code Name}/{@code Location} where the live QueueMember* events use {@code MemberName}/{@code Interface}.",
    "QueueSummary": "Counters of one queue, as listed by QueueSummary.",
    "AgentCalled": "A queue is ringing a member for a waiting caller.",
    "AgentConnect": "A queue member answered and is now talking with the caller.",
    "AgentComplete": "A queue member finished a call with a queue caller.",
    "AgentDump": "A queue member hung up on a caller before talking.",
    "AgentRingNoAnswer": "A queue member was rung for a caller but did not answer.",
    "AgentLogin": "An agent (app_agent_pool) logged in.",
    "AgentLogoff": "An agent (app_agent_pool) logged off.",
    "Agents": "One agent and its state, as listed by the Agents action.",
    "Cdr": "A call detail record, posted when a CDR is finished.",
    "CEL": "A channel event logging record.",
    "VarSet": "A channel (or global) variable was set.",
    "OriginateResponse": "Result of an Originate sent with {@code Async: true}; matches it by ActionID.",
    "FullyBooted": "Asterisk has finished starting; also sent to a session right after it logs in.",
    "CoreShowChannel": "One active channel, as listed by CoreShowChannels.",
    "Status": "One channel and its details, as listed by the Status action.",
    "ParkedCall": "A call was parked; also the item of the ParkedCalls list.",
    "UnParkedCall": "A parked call was picked up from its parking space.",
    "ParkedCallTimeOut": "A parked call waited too long and left the parking lot.",
    "ParkedCallGiveUp": "A parked caller hung up.",
    "UserEvent": "An event raised by the dialplan (UserEvent application) or by the UserEvent action; its extra headers are free-form.",
    "DTMFBegin": "A DTMF digit started.",
    "DTMFEnd": "A DTMF digit ended; carries its length.",
    "DeviceStateChange": "The state of a device changed; also the item of DeviceStateList.",
    "ExtensionStatus": "The hint state of an extension changed; also the item of ExtensionStateList.",
    "PeerStatus": "A peer or endpoint registered, unregistered or changed reachability.",
    "ContactStatus": "A PJSIP contact changed state (created, reachable, unreachable, removed).",
    "Shutdown": "Asterisk is shutting down.",
    "Reload": "A module or the whole configuration was reloaded.",
    "MixMonitorStart": "MixMonitor started recording a channel.",
    "MixMonitorStop": "MixMonitor stopped recording a channel.",
    "Hold": "A channel was put on hold.",
    "Unhold": "A channel was taken off hold.",
    "AttendedTransfer": "An attended transfer happened, or failed; {@code Result} tells which.",
    "BlindTransfer": "A blind transfer happened, or failed; {@code Result} tells which.",
    "SuccessfulAuth": "A client authenticated successfully to a service such as AMI.",
    "ChallengeSent": "A service sent an authentication challenge.",
    "InvalidPassword": "Authentication failed because of a wrong password.",
    "InvalidAccountID": "Authentication failed because the account does not exist.",
    "ChallengeResponseFailed": "A challenge/response authentication failed.",
    "FailedACL": "A request was refused by an access control list.",
    "RequestNotAllowed": "A request was refused because the account lacks the privilege.",
}

EVENT_SUMMARY.update({
    "AGIExecStart": "An AGI script sent a command and Asterisk started running it.",
    "AGIExecEnd": "An AGI command finished; carries its result code.",
    "AsyncAGIStart": "A channel entered AsyncAGI and now waits for commands sent with the AGI action.",
    "AsyncAGIExec": "A command queued with the AGI action has run on an AsyncAGI channel.",
    "AsyncAGIEnd": "A channel left AsyncAGI.",
    "AOC-D": "Advice of charge during a call.",
    "AOC-E": "Advice of charge at the end of a call.",
    "AOC-S": "Advice of charge at the start of a call (the tariff).",
    "BridgeVideoSourceUpdate": "The video source of a bridge changed.",
    "ChanSpyStart": "A channel started listening in on another (ChanSpy): Spyer and Spyee snapshots.",
    "ChanSpyStop": "A ChanSpy session ended.",
    "ChannelTalkingStart": "Talk detection heard a channel start speaking.",
    "ChannelTalkingStop": "Talk detection heard a channel stop speaking; carries how long it spoke.",
    "ConfbridgeStart": "A ConfBridge conference started (its first participant joined).",
    "ConfbridgeEnd": "A ConfBridge conference ended (its last participant left).",
    "ConfbridgeJoin": "A participant joined a ConfBridge conference.",
    "ConfbridgeLeave": "A participant left a ConfBridge conference.",
    "ConfbridgeMute": "A ConfBridge participant was muted.",
    "ConfbridgeUnmute": "A ConfBridge participant was unmuted.",
    "ConfbridgeTalking": "A ConfBridge participant started or stopped talking.",
    "ConfbridgeRecord": "Recording of a ConfBridge conference started.",
    "ConfbridgeStopRecord": "Recording of a ConfBridge conference stopped.",
    "ConfbridgeList": "One participant of a conference, as listed by ConfbridgeList.",
    "ConfbridgeListRooms": "One active conference, as listed by ConfbridgeListRooms.",
    "CoreShowChannelsComplete": "Ends the CoreShowChannels list; {@code ListItems} gives the number of channels.",
    "DeviceStateListComplete": "Ends the DeviceStateList list.",
    "EndpointList": "One PJSIP endpoint with its state and contacts, as listed by PJSIPShowEndpoints.",
    "EndpointDetail": "The full configuration of a PJSIP endpoint, part of the PJSIPShowEndpoint answer.",
    "OutboundRegistrationDetail": "One outbound PJSIP registration and its state, as listed by PJSIPShowRegistrationsOutbound.",
    "HangupHandlerPush": "A hangup handler was added to a channel.",
    "HangupHandlerPop": "A hangup handler was removed from a channel without running.",
    "HangupHandlerRun": "A channel is running one of its hangup handlers.",
    "LocalBridge": "The two halves of a Local channel were connected (LocalOne and LocalTwo snapshots).",
    "LocalOptimizationBegin": "Asterisk started optimising a Local channel pair out of the call.",
    "LocalOptimizationEnd": "Optimising a Local channel pair out of the call finished (or failed).",
    "MessageWaiting": "The voicemail count of a mailbox changed.",
    "MixMonitorMute": "A MixMonitor recording was muted or unmuted in one direction.",
    "MusicOnHoldStart": "A channel started hearing music on hold.",
    "MusicOnHoldStop": "A channel stopped hearing music on hold.",
    "ParkedCallSwap": "A parked call was handed to another channel in the same space.",
    "Pickup": "A ringing call was picked up from another phone (Target is the channel that was ringing).",
    "PresenceStateChange": "The presence state of a presence provider changed; also the item of PresenceStateList.",
    "QueueStatusComplete": "Ends the QueueStatus list.",
    "QueueSummaryComplete": "Ends the QueueSummary list.",
    "Registry": "An outbound registration changed state.",
    "Rename": "A channel was renamed; the old name is {@code Channel}, the new one {@code Newname}.",
    "StatusComplete": "Ends the Status list; {@code Items} and {@code ListItems} count the channels.",
    "Newexten": "A channel moved to a new dialplan step. Sent on the wire as {@code Newexten} (documented as NewExten).",
    "ParkedCallsComplete": "Ends the ParkedCalls list; also carries {@code Total}.",
    "PeerEntry": "One IAX2 peer, as listed by IAXpeers or IAXpeerlist.",
    "PeerlistComplete": "Ends the IAXpeers / IAXpeerlist list.",
    "RegistryEntry": "One IAX2 registration, as listed by IAXregistry.",
    "RegistrationsComplete": "Ends the IAXregistry list.",
    "VoicemailUserEntry": "One voicemail box and its settings, as listed by VoicemailUsersList.",
    "VoicemailUserEntryComplete": "Ends the VoicemailUsersList list.",
    "DBGetResponse": "The value stored under a family and key, in answer to DBGet.",
    "DBGetTreeResponse": "One key and value of a database tree, in answer to DBGetTree.",
    "ListDialplan": "One dialplan step (context, extension, priority, application), as listed by ShowDialPlan.",
    "BridgeListItem": "One bridge, as listed by BridgeList.",
    "Parkinglot": "One parking lot and its spaces, as listed by Parkinglots.",
    "RTCPSent": "Asterisk sent an RTCP report for a channel's media stream.",
    "RTCPReceived": "Asterisk received an RTCP report for a channel's media stream.",
    "LogChannel": "A logger channel was enabled or disabled.",
    "Load": "A module was loaded.",
    "Unload": "A module was unloaded.",
    "SessionLimit": "A connection was refused because a session limit was reached.",
    "MonitorStart": "Monitor() started recording a channel (res_monitor, removed in Asterisk 21).",
    "MonitorStop": "Monitor() stopped recording a channel (res_monitor, removed in Asterisk 21).",
    "SIPQualifyPeerDone": "A chan_sip qualify request finished (chan_sip, removed in Asterisk 21).",
    "SessionTimeout": "A chan_sip session timer expired (chan_sip, removed in Asterisk 21).",
    "AGIExec": "An AGI command started or ended, told apart by {@code SubEvent} (Asterisk 11 and older).",
    "AsyncAGI": "An AsyncAGI step (Start, Exec or End in {@code SubEvent}) in Asterisk 11 and older.",
    "ChannelUpdate": "Technology details of a channel, sent by some channel drivers in Asterisk 11 and older.",
    "DTMF": "A DTMF digit, with {@code Begin}/{@code End} flags (Asterisk 11 and older).",
    "QueueMemberPaused": "A queue member was paused or unpaused (the name used before Asterisk 12.2).",
    "UserEvent": "An event raised by the dialplan (UserEvent application) or by the UserEvent action. Its extra headers are free-form: read them with {@link #userFields()} or {@code get(name)}.",
})
FIELD_DOC.update({
    "DestChannel": None,
    "Result": "Outcome as reported by Asterisk.",
    "CommandId": "Identifier that ties the start and end events of one AGI command.",
    "CommandID": "Identifier of the command queued with the AGI action.",
    "ResultCode": "Numeric result of the AGI command (200 on success).",
    "Conference": "Name of the conference.",
    "Admin": "Whether the participant is a conference admin.",
    "Mailbox": "Mailbox, as {@code box@context}.",
    "New": "Number of new messages.",
    "Old": "Number of old messages.",
    "Waiting": "Whether messages are waiting, as sent.",
    "ParkingSpace": "Parking space the call occupies.",
    "Parkinglot": "Name of the parking lot.",
    "ParkingTimeout": "How long the call may stay parked.",
    "ParkingDuration": "How long the call has been parked.",
    "ParkerDialString": "Dial string used to call the parker back when the parked call times out.",
    "Device": "Name of the device (e.g. {@code PJSIP/100}).",
    "State": "State as sent by Asterisk.",
    "Hint": "Devices the hint watches.",
    "StatusText": "Extension state as text (Idle, InUse, Ringing, ...).",
    "Peer": "Peer or endpoint, with its technology.",
    "PeerStatus": "New status of the peer (Registered, Unregistered, Reachable, ...).",
    "Endpoint": "Name of the PJSIP endpoint.",
    "Source": "Source number of the call.",
    "Destination": "Destination number of the call.",
    "DestinationContext": "Context the call was sent to.",
    "CallerID": "Full caller ID, as {@code \"name\" <number>}.",
    "DestinationChannel": "Channel the call was connected to.",
    "LastApplication": "Last dialplan application the channel ran.",
    "LastData": "Arguments of that last application.",
    "StartTime": "When the call started.",
    "AnswerTime": "When the call was answered; empty (so null) when it was not.",
    "EndTime": "When the call ended.",
    "Disposition": "Outcome (ANSWERED, NO ANSWER, BUSY, FAILED, CONGESTION).",
    "AMAFlags": "Billing flag (DOCUMENTATION, BILLING, OMIT).",
    "UniqueID": "Uniqueid of the channel the record belongs to.",
    "UserField": "Free-form user field of the record.",
    "Userfield": "Free-form user field of the record (wire spelling).",
    "EventName": "Kind of CEL event (CHAN_START, ANSWER, HANGUP, ...).",
    "EventTime": "When the CEL event happened.",
    "LinkedID": "Linkedid of the channel.",
    "Extra": "Event-specific details, often as JSON.",
    "PeerAccount": "Account code of the peer channel.",
    "Newname": "New name of the channel.",
    "Max": "Maximum number of callers allowed to wait (0: no limit).",
    "Strategy": "Ring strategy of the queue (ringall, rrmemory, leastrecent, ...).",
    "Calls": "Callers waiting now.",
    "Holdtime": "Average wait before answer.",
    "Completed": "Calls answered.",
    "Abandoned": "Callers who hung up while waiting.",
    "ServiceLevel": "Service level target, in seconds.",
    "ServicelevelPerf": "Percentage of answered calls within the service level.",
    "ServicelevelPerf2": "Percentage of all calls (abandoned included) within the service level.",
    "Weight": "Weight of the queue when members are shared with other queues.",
    "LoggedIn": "Members logged in.",
    "Available": "Members free to take a call.",
    "Callers": "Callers waiting.",
    "LongestHoldTime": "Longest current wait.",
    "Name": "Name, as sent.",
    "Location": "Interface of the member (list item spelling of {@code Interface}).",
    "OriginalPosition": "Position the caller had on entering the queue.",
    "Seconds": "Time since the channel was created.",
    "Type": "Channel technology (e.g. {@code PJSIP}, {@code Local}).",
    "DNID": "Dialed number identification.",
    "BridgeID": "Identifier of the bridge the channel is in, empty when none.",
    "BridgeId": "Identifier of the bridge the channel is in, empty when none.",
    "ApplicationData": "Arguments of the application the channel runs.",
    "TimeToHangup": "When the channel will be hung up by a timeout (epoch 0: never).",
    "Items": "Number of items listed.",
    "Total": "Total number of parked calls.",
    "Family": "Database family.",
    "Key": "Database key.",
    "Val": "Database value.",
    "Channeltype": "Channel technology of the peer.",
    "ObjectName": "Name of the peer.",
    "Host": "Host registered with.",
    "Username": "User name used to register.",
    "Refresh": "Registration refresh interval, in seconds.",
    "Variable": "Name of the variable.",
    "TechCause": "Cause given by the channel technology (e.g. a SIP status code), when there is one.",
})
FIELD_DOC = {k: v for k, v in FIELD_DOC.items() if v}


# docs that only hold for some events
FIELD_DOC_EVENT = {}
for ev in ("Hangup", "HangupRequest", "SoftHangupRequest", "ChannelHungup"):
    FIELD_DOC_EVENT[(ev, "Cause")] = "Hangup cause, a Q.850 code."
for ev in ("DTMFBegin", "DTMFEnd"):
    FIELD_DOC_EVENT[(ev, "Digit")] = "The DTMF digit (0-9, *, #, A-D)."
    FIELD_DOC_EVENT[(ev, "Direction")] = "Whether the digit was {@code Received} or {@code Sent}."
FIELD_DOC_EVENT[("DTMFEnd", "DurationMs")] = "Length of the digit in milliseconds."
for ev in ("QueueCallerJoin", "QueueCallerLeave", "QueueCallerAbandon", "QueueEntry"):
    FIELD_DOC_EVENT[(ev, "Position")] = "Position in the queue, 1 being next."
    FIELD_DOC_EVENT[(ev, "Count")] = "Number of callers waiting in the queue."
for ev in ("AgentConnect", "AgentRingNoAnswer", "AgentComplete"):
    FIELD_DOC_EVENT[(ev, "RingTime")] = "How long the member was rung."
FIELD_DOC_EVENT[("Status", "Variable")] = "Channel variables asked for with the Status action's {@code Variables} header, by name."
FIELD_DOC_EVENT[("OriginateResponse", "Response")] = "{@code Success} or {@code Failure}."
FIELD_DOC_EVENT[("OriginateResponse", "Reason")] = "Numeric outcome of the originated call (4: answered, 5: busy, 3: no answer, 8: congestion, 1: hung up, 0: failed)."
FIELD_DOC_EVENT[("OriginateResponse", "ChanVariable")] = "Variables listed in {@code channelvars} of manager.conf, by name; sent as {@code ChanVariable(channel): name=value}."
FIELD_DOC_EVENT[("FullyBooted", "Status")] = "Always {@code Fully Booted}."
FIELD_DOC_EVENT[("DeviceStateChange", "State")] = "New state of the device."
FIELD_DOC_EVENT[("QueueMember", "Status")] = "Device state of the member, a number from 0 to 8."
FIELD_DOC_EVENT[("PeerEntry", "Status")] = "Qualify status of the peer, e.g. {@code OK (1 ms)}."
FIELD_DOC_EVENT[("AttendedTransfer", "Result")] = "{@code Success}, {@code Fail}, {@code Invalid} or {@code Not Permitted}."
FIELD_DOC_EVENT[("BlindTransfer", "Result")] = "{@code Success}, {@code Fail}, {@code Invalid} or {@code Not Permitted}."
FIELD_DOC_EVENT[("VarSet", "Variable")] = "Name of the variable."
for k in ("Cause", "Digit", "Direction", "DurationMs", "Position", "Count", "RingTime", "Status", "Response",
          "Reason", "Name", "Variable"):
    FIELD_DOC.pop(k, None)


FIELD_DOC.update({
    "Forward": "Where the call was forwarded to, when the callee forwarded it.",
    "SwapUniqueid": "Uniqueid of the channel this one replaces in the bridge, when it swaps in.",
    "Wait": "How long the caller has waited.",
    "Logintime": "How long the agent was logged in.",
    "TalkingToChan": "Channel the agent is talking to.",
    "CallStarted": "When the agent's current call started.",
    "LoggedInTime": "When the agent logged in.",
    "CallerIDnum": "Caller ID number.",
    "CallerIDname": "Caller ID name.",
    "CallerIDani": "Automatic number identification of the caller.",
    "CallerIDrdnis": "Redirecting number.",
    "CallerIDdnid": "Dialed number.",
    "Data": "Arguments of the application.",
    "EffectiveConnectedLineNum": "Connected-line number after any updates.",
    "EffectiveConnectedLineName": "Connected-line name after any updates.",
    "Nativeformats": "Codecs the channel can use natively.",
    "Readformat": "Codec of audio read from the channel.",
    "Readtrans": "Translation path for audio read from the channel.",
    "Writeformat": "Codec of audio written to the channel.",
    "Writetrans": "Translation path for audio written to the channel.",
    "Callgroup": "Call groups of the channel.",
    "Pickupgroup": "Pickup groups of the channel.",
    "ObjectType": "Sorcery object type ({@code endpoint}, {@code aor}, ...).",
    "ObjectName": "Name of the object.",
    "Transport": "Transport the endpoint uses.",
    "Aor": "AORs of the endpoint, comma-separated.",
    "Auths": "Inbound auth sections, comma-separated.",
    "OutboundAuths": "Outbound auth sections, comma-separated.",
    "DeviceState": "Device state of the endpoint (e.g. {@code Not in use}, {@code Unavailable}).",
    "ActiveChannels": "Channels currently using the endpoint.",
    "Contacts": "Contacts of the endpoint with their status.",
    "DNSmanager": "Whether the host name is refreshed through the DNS manager.",
    "Perceived": "Address the registrar saw this side as.",
    "VMContext": "Voicemail context.",
    "VoiceMailbox": "Mailbox number.",
    "Fullname": "Name of the mailbox owner.",
    "Email": "E-mail address notified of new messages.",
    "Pager": "Pager e-mail address.",
    "ServerEmail": "Sender address of notification mails.",
    "FromString": "Sender name of notification mails.",
    "MailCommand": "Command used to send mail.",
    "TimeZone": "Time zone used for message times.",
    "Callback": "Context used to call the sender back.",
    "Dialout": "Context used to dial out from the mailbox.",
    "ExitContext": "Context used when the caller leaves voicemail with 0 or *.",
    "SayDurationMinimum": "Shortest message, in minutes, whose length is announced.",
    "SayEnvelope": "Whether date and sender are played before each message.",
    "SayCID": "Whether the caller ID is read out before each message.",
    "AttachMessage": "Whether messages are attached to the notification mail.",
    "AttachmentFormat": "Audio format of attachments.",
    "DeleteMessage": "Whether messages are deleted once mailed.",
    "VolumeGain": "Gain applied to recordings, in dB.",
    "CanReview": "Whether callers may review their message.",
    "CanMarkUrgent": "Whether callers may mark their message urgent.",
    "CallOperator": "Whether callers may reach an operator.",
    "MaxMessageCount": "Most messages the mailbox keeps.",
    "MaxMessageLength": "Longest message allowed, in seconds.",
    "NewMessageCount": "New messages in the mailbox.",
    "OldMessageCount": "Old messages in the mailbox.",
    "URI": "SIP URI of the contact.",
    "ContactStatus": "New status of the contact (Created, Reachable, Unreachable, Removed, ...).",
    "AOR": "AOR the contact belongs to.",
    "EndpointName": "Endpoint the contact belongs to.",
    "RoundtripUsec": "Last qualify round trip, in microseconds.",
    "ChannelType": "Channel technology (e.g. {@code PJSIP}, {@code IAX2}).",
    "Address": "Address of the peer.",
    "Port": "Port number.",
    "Time": "Qualify round trip, in milliseconds.",
    "Domain": "Registrar the registration is with.",
})
FIELD_DOC_EVENT.update({
    ("QueueMember", "Name"): "Display name of the member (the live events call it {@code MemberName}).",
    ("Agents", "Name"): "Name of the agent.",
    ("Agents", "Status"): "Agent state (AGENT_LOGGEDOFF, AGENT_IDLE, AGENT_ONCALL, ...).",
    ("AgentComplete", "Reason"): "Who ended the call: {@code caller}, {@code agent} or {@code transfer}.",
    ("ExtensionStatus", "Status"): "Extension state as a number (-1 removed, 0 idle, 1 in use, 2 busy, 4 unavailable, 8 ringing, 16 on hold; combinations add up).",
    ("Reload", "Status"): "Result of the reload.",
    ("PeerStatus", "Cause"): "Why the status changed, as text.",
    ("Registry", "Status"): "New registration state (e.g. {@code Registered}, {@code Rejected}).",
    ("Registry", "Cause"): "Why the registration changed, when known.",
})
T["Logintime"] = "duration"
T["CallStarted"] = "instant"
T_EVENT.setdefault("PeerStatus", {}).update({"Address": "address", "Time": "long"})
T_EVENT.setdefault("ExtensionStatus", {}).update({"Status": "int"})

# legacy and removed events: fields (type) and successor
LEGACY = {
    "MonitorStart": dict(since=[], deprecated="21.0.0", priv="call", groups=["ChannelSnapshot"], fields=[],
                         successor="MixMonitorStart", why="res_monitor was removed in Asterisk 21.0.0"),
    "MonitorStop": dict(since=[], deprecated="21.0.0", priv="call", groups=["ChannelSnapshot"], fields=[],
                        successor="MixMonitorStop", why="res_monitor was removed in Asterisk 21.0.0"),
    "SIPQualifyPeerDone": dict(since=[], deprecated="21.0.0", priv="call", groups=[],
                               fields=[("Peer", "string")], successor="ContactStatus",
                               why="chan_sip was removed in Asterisk 21.0.0; with PJSIP, use the PJSIPQualify action and watch ContactStatus"),
    "SessionTimeout": dict(since=[], deprecated="21.0.0", priv="call", groups=[],
                           fields=[("Channel", "string"), ("Source", "string"), ("Uniqueid", "string")],
                           successor="Hangup", why="chan_sip was removed in Asterisk 21.0.0; a PJSIP session-timer expiry shows up as a Hangup"),
    "AGIExec": dict(since=[], deprecated="12.0.0", priv="agi", groups=[],
                    fields=[("Channel", "string"), ("Command", "string"), ("CommandId", "string"), ("SubEvent", "string"),
                            ("Result", "string"), ("ResultCode", "int")],
                    successor="AGIExecStart", why="Asterisk 12 split it into AGIExecStart and AGIExecEnd"),
    "AsyncAGI": dict(since=[], deprecated="12.0.0", priv="agi", groups=[],
                     fields=[("Channel", "string"), ("SubEvent", "string"), ("CommandID", "string"), ("Result", "string"), ("Env", "string")],
                     successor="AsyncAGIStart", why="Asterisk 12 split it into AsyncAGIStart, AsyncAGIExec and AsyncAGIEnd"),
    "ChannelUpdate": dict(since=[], deprecated="12.0.0", priv="system", groups=[],
                          fields=[("Channel", "string"), ("Channeltype", "string"), ("Uniqueid", "string")],
                          successor="Newchannel", why="no longer sent since Asterisk 12; the technology is the prefix of the channel name in Newchannel"),
    "DTMF": dict(since=[], deprecated="12.0.0", priv="dtmf", groups=[],
                 fields=[("Channel", "string"), ("Uniqueid", "string"), ("Digit", "string"), ("Direction", "string"),
                         ("Begin", "boolean"), ("End", "boolean")],
                 successor="DTMFBegin", why="Asterisk 12 replaced it with DTMFBegin and DTMFEnd"),
    "QueueMemberPaused": dict(since=[], deprecated="12.2.0", priv="agent", groups=[],
                              fields=[("Queue", "string"), ("Location", "string"), ("MemberName", "string"),
                                      ("Paused", "boolean"), ("Reason", "string")],
                              successor="QueueMemberPause", why="renamed QueueMemberPause in Asterisk 12.2.0"),
}
SUCCESSOR_NOTE = {  # pystrix names that still exist, but whose modern counterpart differs
    "PeerEntry": "Only chan_iax2 still sends it (IAXpeers, IAXpeerlist); for PJSIP endpoints see {@link EndpointListEvent}.",
    "RegistryEntry": "Only chan_iax2 still sends it (IAXregistry); for PJSIP see {@link OutboundRegistrationDetailEvent}.",
    "QueueMember": "The live counterpart is {@link QueueMemberStatusEvent}.",
    "DBGetResponse": "For DBGetTree the items are {@link DBGetTreeResponseEvent}.",
}
# wire spelling that differs from the documentation: documented -> wire
WIRE_RENAME = {("QueueParams", "ServiceLevelPerf"): "ServicelevelPerf",
               ("QueueParams", "ServiceLevelPerf2"): "ServicelevelPerf2",
               ("CEL", "UserField"): "Userfield"}
EXTRA_WIRE = {  # known from the source check but not documented
    "QueueParams": ["Queue", "ServiceLevel", "Weight"], "Rename": ["Channel", "Newname", "Uniqueid"],
    "ParkedCallsComplete": ["Total"], "StatusComplete": ["Items"],
    "OutboundRegistrationDetailComplete": ["Registered", "NotRegistered"],
}

PRIV = lambda c: c.replace("EVENT_FLAG_", "").lower()

# ---- captures -----------------------------------------------------------------------------
captured = collections.defaultdict(list)
for f in ["02-busy-period", "03-list-actions", "04-command-action", "06-md5-login-limited-user", "07-security-events"]:
    data = open(f"{shared}/captures/{f}.txt", "rb").read().decode("utf8", "replace")
    for block in data.split("\r\n\r\n"):
        lines = [l for l in block.split("\r\n") if l]
        if not lines or not lines[0].startswith("Event:"):
            continue
        ev = lines[0][7:].strip()
        for l in lines[1:]:
            if ":" in l:
                k = re.sub(r"\(.*\)$", "", l.split(":", 1)[0])
                if k not in captured[ev]:
                    captured[ev].append(k)

# ---- events -------------------------------------------------------------------------------
events = collections.OrderedDict()
actions_by_item = collections.defaultdict(list)
actions_by_complete = collections.defaultdict(list)
for a in spec_actions:
    for i in a["list_item_events"]:
        actions_by_item[i.lower()].append(a["name"])
    if a["list_complete_event"]:
        actions_by_complete[a["list_complete_event"].lower()].append(a["name"])
responses = collections.defaultdict(list)
for a in spec_actions:
    for r in a.get("response_events") or []:
        responses[r.lower()].append(a["name"])

def new_event(name, since, priv, module, documented):
    return dict(name=name, summary=None, since=since, privilege=priv, module=module, documented=documented,
                listItemOf=actions_by_item.get(name.lower(), []), listCompleteOf=actions_by_complete.get(name.lower(), []),
                responseTo=responses.get(name.lower(), []), deprecatedSince=None, successor=None, groups=[], fields=[])

def add_field(ev, header, typ, values=None, wire=False):
    for f in ev["fields"]:
        if f["header"].lower() == header.lower():
            return
    f = dict(header=header, type=typ)
    if values:
        f["values"] = values
    if wire:
        f["wireObserved"] = True
    ev["fields"].append(f)

def assign_groups(ev, names):
    low = {n.lower() for n in names}
    groups, taken = [], set()
    for p in CHAN_PREFIXES:
        if sum((p + h).lower() in low for h in CHAN[:14]) >= 10:
            groups.append(p + "ChannelSnapshot")
            taken |= {(p + h).lower() for h in CHAN}
    for p in BRIDGE_PREFIXES:
        if sum((p + h).lower() in low for h in BRIDGE[:7]) >= 5:
            groups.append(p + "BridgeSnapshot")
            taken |= {(p + h).lower() for h in BRIDGE}
    if all(h.lower() in low for h in ["MemberName", "Interface", "StateInterface", "Status"]):
        groups.append("QueueMemberFields")
        taken |= {h.lower() for h in QMEMBER}
    return groups, taken

for e in spec_events:
    name = "Newexten" if e["name"] == "NewExten" else e["name"]
    cls = e.get("source_check", {}).get("classes_in_source") or e["classes"]
    priv = ",".join(sorted({PRIV(c) for c in cls if c != "EVENT_FLAG_CLASS"})) or PRIV(e["class"])
    if name in ("ChannelTalkingStart", "ChannelTalkingStop"):
        priv = "call"
    ev = new_event(name, e["since"], priv, e["module"], True)
    params = [(WIRE_RENAME.get((name, p["name"]), p["name"]), p) for p in e["parameters"]]
    names = [n for n, _ in params] + captured.get(name, [])
    ev["groups"], taken = assign_groups(ev, names)
    for n, p in params:
        if n.lower() in taken or n.lower() in COMMON:
            continue
        add_field(ev, n, ftype(name, n, p["enum"]), p["enum"])
    for n in EXTRA_WIRE.get(name, []):
        add_field(ev, n, ftype(name, n, None), wire=True)
    events[name] = ev

for u in undoc:
    name = u["name"]
    if name in INTERNAL or name in events:
        continue
    priv = ",".join(PRIV(c) for c in u["classes"])
    ev = new_event(name, [], priv, ",".join(u["modules"]), False)
    names = u["fields_seen_in_source"] + captured.get(name, [])
    ev["groups"], taken = assign_groups(ev, names)
    for n in u["fields_seen_in_source"]:
        if n.lower() not in taken and n.lower() not in COMMON:
            add_field(ev, n, ftype(name, n, None))
    for n in EXTRA_WIRE.get(name, []):
        add_field(ev, n, ftype(name, n, None), wire=True)
    events[name] = ev

for name, l in LEGACY.items():
    ev = new_event(name, l["since"], l["priv"], "removed", False)
    ev["deprecatedSince"] = l["deprecated"]
    ev["successor"] = l["successor"]
    ev["summary"] = None
    ev["legacyNote"] = l["why"]
    ev["groups"] = l["groups"]
    for h, t in l["fields"]:
        add_field(ev, h, t)
    events[name] = ev

# wire-observed headers from the captures
for name, hdrs in captured.items():
    ev = events[name] if name in events else next(v for k, v in events.items() if k.lower() == name.lower())
    have = {f["header"].lower() for f in ev["fields"]}
    groups, taken = assign_groups(ev, hdrs)
    for g in groups:
        if g not in ev["groups"]:
            ev["groups"].append(g)
    for g in ev["groups"]:
        pass
    gl = set()
    for g in ev["groups"]:
        if g.endswith("ChannelSnapshot"):
            gl |= {(g[:-len("ChannelSnapshot")] + h).lower() for h in CHAN}
        elif g.endswith("BridgeSnapshot"):
            gl |= {(g[:-len("BridgeSnapshot")] + h).lower() for h in BRIDGE}
        else:
            gl |= {h.lower() for h in QMEMBER}
    if name == "UserEvent":
        continue  # free-form headers, reachable through userFields()
    for h in hdrs:
        if h.lower() in have or h.lower() in gl or h.lower() in COMMON or h.lower() == "listitems":
            continue
        add_field(ev, h, ftype(name, h, None), wire=True)
        have.add(h.lower())

for ev in events.values():
    if ev["listCompleteOf"]:
        add_field(ev, "ListItems", "int")
    ev["summary"] = EVENT_SUMMARY.get(ev["name"])
    if ev["name"] in SUCCESSOR_NOTE:
        ev["note"] = SUCCESSOR_NOTE[ev["name"]]
    if ev["name"] == "AOC-D" or ev["name"].startswith("AOC-"):
        ev["className"] = "Aoc" + ev["name"][4:] + "Event"
    for f in ev["fields"]:
        if (ev["name"], f["header"]) in ACCESSOR:
            f["accessor"] = ACCESSOR[(ev["name"], f["header"])]

# ---- groups and enums ------------------------------------------------------------------------
groups = []
for p in CHAN_PREFIXES:
    groups.append(dict(name=p + "ChannelSnapshot", kind="channel", prefix=p,
                       fields=[dict(header=p + h, type=T.get(h, "string") if h != "Priority" else "int", base=h) for h in CHAN]))
for p in BRIDGE_PREFIXES:
    groups.append(dict(name=p + "BridgeSnapshot", kind="bridge", prefix=p,
                       fields=[dict(header=p + h, type=T.get(h, "string"), base=h) for h in BRIDGE]))
groups.append(dict(name="QueueMemberFields", kind="queueMember", prefix="",
                   fields=[dict(header=h, type=("enum:QueueMemberStatus" if h == "Status" else T.get(h, "string")), base=h)
                           for h in QMEMBER]))

def vals(pairs):
    return [dict(constant=c, code=n, wire=w) for n, c, w in pairs]

enums = [
    dict(name="ChannelState", summary="The state of a channel, as sent in the numeric {@code ChannelState} header.",
         values=vals([(0, "DOWN", "Down"), (1, "RESERVED", "Rsrvd"), (2, "OFF_HOOK", "OffHook"), (3, "DIALING", "Dialing"),
                      (4, "RING", "Ring"), (5, "RINGING", "Ringing"), (6, "UP", "Up"), (7, "BUSY", "Busy"),
                      (8, "DIALING_OFFHOOK", "Dialing Offhook"), (9, "PRE_RING", "Pre-ring"), (10, "UNKNOWN", "Unknown")])),
    dict(name="HangupCause", summary="Why a channel hung up: the ITU-T Q.850 cause codes Asterisk uses.",
         values=vals([(0, "NOT_DEFINED", "Not defined"), (1, "UNALLOCATED", "Unallocated number"),
                      (2, "NO_ROUTE_TRANSIT_NET", "No route to transit network"), (3, "NO_ROUTE_DESTINATION", "No route to destination"),
                      (5, "MISDIALLED_TRUNK_PREFIX", "Misdialled trunk prefix"), (6, "CHANNEL_UNACCEPTABLE", "Channel unacceptable"),
                      (7, "CALL_AWARDED_DELIVERED", "Call awarded and delivered"), (8, "PRE_EMPTED", "Pre-empted"),
                      (14, "NUMBER_PORTED_NOT_HERE", "Number ported, not here"), (16, "NORMAL_CLEARING", "Normal Clearing"),
                      (17, "USER_BUSY", "User busy"), (18, "NO_USER_RESPONSE", "No user responding"), (19, "NO_ANSWER", "User alerting, no answer"),
                      (20, "SUBSCRIBER_ABSENT", "Subscriber absent"), (21, "CALL_REJECTED", "Call Rejected"), (22, "NUMBER_CHANGED", "Number changed"),
                      (23, "REDIRECTED_TO_NEW_DESTINATION", "Redirected to new destination"), (26, "ANSWERED_ELSEWHERE", "Answered elsewhere"),
                      (27, "DESTINATION_OUT_OF_ORDER", "Destination out of order"), (28, "INVALID_NUMBER_FORMAT", "Invalid number format"),
                      (29, "FACILITY_REJECTED", "Facility rejected"), (30, "RESPONSE_TO_STATUS_ENQUIRY", "Response to STATus ENQuiry"),
                      (31, "NORMAL_UNSPECIFIED", "Normal, unspecified"), (34, "NORMAL_CIRCUIT_CONGESTION", "Circuit/channel congestion"),
                      (38, "NETWORK_OUT_OF_ORDER", "Network out of order"), (41, "NORMAL_TEMPORARY_FAILURE", "Temporary failure"),
                      (42, "SWITCH_CONGESTION", "Switching equipment congestion"), (43, "ACCESS_INFO_DISCARDED", "Access information discarded"),
                      (44, "REQUESTED_CHAN_UNAVAIL", "Requested channel not available"), (50, "FACILITY_NOT_SUBSCRIBED", "Facility not subscribed"),
                      (52, "OUTGOING_CALL_BARRED", "Outgoing call barred"), (54, "INCOMING_CALL_BARRED", "Incoming call barred"),
                      (57, "BEARERCAPABILITY_NOTAUTH", "Bearer capability not authorized"), (58, "BEARERCAPABILITY_NOTAVAIL", "Bearer capability not available"),
                      (65, "BEARERCAPABILITY_NOTIMPL", "Bearer capability not implemented"), (66, "CHAN_NOT_IMPLEMENTED", "Channel not implemented"),
                      (69, "FACILITY_NOT_IMPLEMENTED", "Facility not implemented"), (81, "INVALID_CALL_REFERENCE", "Invalid call reference value"),
                      (88, "INCOMPATIBLE_DESTINATION", "Incompatible destination"), (95, "INVALID_MSG_UNSPECIFIED", "Invalid message unspecified"),
                      (96, "MANDATORY_IE_MISSING", "Mandatory information element is missing"), (97, "MESSAGE_TYPE_NONEXIST", "Message type nonexistent"),
                      (98, "WRONG_MESSAGE", "Wrong message"), (99, "IE_NONEXIST", "Info. element nonexistent"),
                      (100, "INVALID_IE_CONTENTS", "Invalid information element contents"), (101, "WRONG_CALL_STATE", "Message not compatible with call state"),
                      (102, "RECOVERY_ON_TIMER_EXPIRE", "Recover on timer expiry"), (103, "MANDATORY_IE_LENGTH_ERROR", "Mandatory IE length error"),
                      (111, "PROTOCOL_ERROR", "Protocol error, unspecified"), (127, "INTERWORKING", "Interworking, unspecified"),
                      (-1, "UNKNOWN", "Unknown")])),
    dict(name="DeviceState", summary="The state of a device, as in {@code DeviceStateChange} ({@code NOT_INUSE}, {@code INUSE}, ...).",
         values=vals([(0, "UNKNOWN", "UNKNOWN"), (1, "NOT_INUSE", "NOT_INUSE"), (2, "INUSE", "INUSE"), (3, "BUSY", "BUSY"),
                      (4, "INVALID", "INVALID"), (5, "UNAVAILABLE", "UNAVAILABLE"), (6, "RINGING", "RINGING"),
                      (7, "RINGINUSE", "RINGINUSE"), (8, "ONHOLD", "ONHOLD")])),
    dict(name="QueueMemberStatus", summary="The device state of a queue member, sent as a number from 0 to 8.",
         values=vals([(0, "UNKNOWN", "0"), (1, "NOT_INUSE", "1"), (2, "INUSE", "2"), (3, "BUSY", "3"), (4, "INVALID", "4"),
                      (5, "UNAVAILABLE", "5"), (6, "RINGING", "6"), (7, "RINGINUSE", "7"), (8, "ONHOLD", "8")])),
]

# ---- actions ------------------------------------------------------------------------------
ACTION_SUMMARY = {
    "Originate": "Starts a new call from a channel to a dialplan location or an application. With {@code async(true)} the reply comes at once and an OriginateResponse event reports the outcome.",
    "Login": "Authenticates the session, in plain text or with an MD5 key after {@link ChallengeAction}.",
    "Logoff": "Ends the session; the server replies {@code Goodbye} and closes the connection.",
    "Challenge": "Asks for a random challenge, used to log in with an MD5 key instead of the secret.",
    "Ping": "Checks that the connection and the manager are alive; the reply is {@code Pong}.",
    "Events": "Chooses which event classes this session receives ({@code on}, {@code off} or a list of classes).",
    "Filter": "Adds an event filter to this session.",
    "Command": "Runs a CLI command and returns its output.",
    "Hangup": "Hangs up a channel, or every channel matching a regular expression written between slashes.",
    "CoreShowChannels": "Lists the active channels, one CoreShowChannel event each.",
    "Status": "Lists channels with their details, one Status event each; can be narrowed to one channel.",
    "QueueStatus": "Lists the queues with their settings, members and waiting callers.",
    "QueueSummary": "Lists counters of every queue (or one queue).",
    "QueueAdd": "Adds a member to a queue.",
    "QueueRemove": "Removes a member from a queue.",
    "QueuePause": "Pauses or unpauses a queue member in one queue or all queues.",
    "Redirect": "Sends a channel (and optionally a second one) to a new dialplan location.",
    "Setvar": "Sets a channel variable, or a global variable when no channel is given.",
    "Getvar": "Reads a channel variable, or a global variable when no channel is given.",
    "ParkedCalls": "Lists the parked calls.",
    "PJSIPShowEndpoints": "Lists the PJSIP endpoints, one EndpointList event each.",
    "PJSIPShowRegistrationsOutbound": "Lists the outbound PJSIP registrations and their auth sections.",
    "IAXpeers": "Lists the IAX2 peers.",
    "IAXpeerlist": "Lists the IAX2 peers (peer list format).",
    "IAXregistry": "Lists the IAX2 registrations.",
    "VoicemailUsersList": "Lists the voicemail users and their settings.",
    "CoreStatus": "Reports the server's start and reload times and the number of calls.",
    "CoreSettings": "Reports the server's version and main settings.",
    "Reload": "Reloads a module, or every module.",
    "UserEvent": "Raises a UserEvent to every session that listens to the user class; add your own headers with {@code header(key, value)}.",
    "DBGet": "Reads a value from the Asterisk database.",
    "DBPut": "Writes a value to the Asterisk database.",
    "Bridge": "Bridges two channels that are already up.",
    "Atxfer": "Starts an attended transfer of a channel.",
    "BlindTransfer": "Blind-transfers a channel to a dialplan location.",
    "MixMonitor": "Starts recording a channel with MixMonitor.",
    "StopMixMonitor": "Stops a MixMonitor recording.",
    "WaitEvent": "Waits for an event for this session (for HTTP sessions); ends with WaitEventComplete.",
}

ACTION_SUMMARY.update({
    "AGI": "Queues an AGI command on a channel that runs AsyncAGI.",
    "AbsoluteTimeout": "Sets a time after which a channel is hung up.",
    "Agents": "Lists the agents of app_agent_pool and their state.",
    "AgentLogoff": "Logs an agent off.",
    "BridgeInfo": "Describes one bridge and the channels in it.",
    "BridgeList": "Lists the bridges, optionally of one type.",
    "BridgeKick": "Removes a channel from a bridge.",
    "BridgeDestroy": "Destroys a bridge, removing every channel from it.",
    "ConfbridgeList": "Lists the participants of a ConfBridge conference.",
    "ConfbridgeListRooms": "Lists the active ConfBridge conferences.",
    "ConfbridgeKick": "Removes a participant from a conference.",
    "ConfbridgeMute": "Mutes a conference participant.",
    "ConfbridgeUnmute": "Unmutes a conference participant.",
    "DBDel": "Deletes a key from the Asterisk database.",
    "DBDelTree": "Deletes a family (or a subtree of it) from the Asterisk database.",
    "DBGetTree": "Lists the keys and values under a family of the Asterisk database.",
    "DeviceStateList": "Lists the known device states.",
    "ExtensionState": "Reports the hint state of one extension.",
    "ExtensionStateList": "Lists the hint state of every extension with a hint.",
    "GetConfig": "Reads a configuration file, category by category.",
    "GetConfigJSON": "Reads a configuration file as JSON.",
    "UpdateConfig": "Edits a configuration file with numbered change headers (Action-000000, Cat-000000, ...).",
    "ListCommands": "Lists the actions this session may use.",
    "MailboxCount": "Reports the message counts of a mailbox.",
    "MailboxStatus": "Reports whether a mailbox has messages waiting.",
    "ModuleLoad": "Loads, unloads or reloads a module.",
    "ModuleCheck": "Tells whether a module is loaded.",
    "Park": "Parks a channel.",
    "Parkinglots": "Lists the parking lots.",
    "PJSIPShowEndpoint": "Describes one PJSIP endpoint with its AORs, auths, transports and contacts.",
    "PJSIPShowContacts": "Lists the PJSIP contacts.",
    "PJSIPShowAors": "Lists the PJSIP AORs.",
    "PJSIPShowAuths": "Lists the PJSIP auth sections.",
    "PJSIPQualify": "Sends a qualify (OPTIONS) to the contacts of an endpoint.",
    "PJSIPRegister": "Starts (or restarts) an outbound registration.",
    "PJSIPUnregister": "Stops an outbound registration.",
    "PJSIPNotify": "Sends a SIP NOTIFY to an endpoint or URI; add headers with {@code variable(name, value)}.",
    "PlayDTMF": "Plays a DTMF digit on a channel.",
    "QueueLog": "Writes an entry to the queue log.",
    "QueuePenalty": "Changes the penalty of a queue member.",
    "QueueReload": "Reloads queue configuration.",
    "QueueReset": "Resets the statistics of a queue.",
    "QueueRule": "Lists queue rules.",
    "QueueMemberRingInUse": "Sets whether a queue member may be rung while busy.",
    "SendText": "Sends a text message to a channel.",
    "ShowDialPlan": "Lists the dialplan, optionally one context or extension.",
    "VoicemailUserStatus": "Reports the state of one voicemail box.",
    "VoicemailBoxSummary": "Reports the folders and message counts of a voicemail box.",
    "VoicemailRefresh": "Tells voicemail to re-read the state of mailboxes.",
    "MessageSend": "Sends an out-of-call message; add message variables with {@code variable(name, value)}.",
    "ControlPlayback": "Controls a playback started with ControlPlayback (pause, skip, ...).",
    "MuteAudio": "Mutes or unmutes the audio of a channel in one direction.",
    "MixMonitorMute": "Mutes or unmutes one direction of a MixMonitor recording.",
    "CancelAtxfer": "Cancels an attended transfer in progress.",
    "LoggerRotate": "Rotates the log files.",
    "PresenceState": "Reports the presence state of a provider.",
    "PresenceStateList": "Lists the presence states.",
    "FAXSessions": "Lists the active fax sessions.",
    "LocalOptimizeAway": "Asks a Local channel pair to optimise itself out of the call.",
    "CoreShowChannelMap": "Lists the channels connected to a given channel.",
    "Filter": "Adds an event filter to this session; with several filters, the rules of manager.conf apply.",
})

PARAM_DOC = {
    "Channel": "Name of the channel to act on.",
    "Context": "Dialplan context.", "Exten": "Dialplan extension.", "Priority": "Dialplan priority.",
    "Application": "Dialplan application to run instead of going to an extension.",
    "Data": "Arguments of the application.",
    "Timeout": "Time to wait, in milliseconds.",
    "CallerID": "Caller ID to present, e.g. {@code \"Name\" <100>}.",
    "Account": "Account code to set.",
    "Async": "Whether to reply at once and report the outcome with an event.",
    "Username": "Manager user name.", "Secret": "Manager password (never printed by {@code toString()}).",
    "Key": "MD5 digest of the challenge followed by the secret (never printed by {@code toString()}).",
    "AuthType": "Authentication type; {@code MD5} for challenge/response.",
    "Events": "Event classes to receive: {@code on}, {@code off} or a comma-separated list.",
    "EventMask": "Event classes to receive: {@code on}, {@code off} or a comma-separated list.",
    "Command": "The CLI command line.",
    "Cause": "Q.850 hangup cause code to set.",
    "Queue": "Name of the queue.", "Interface": "Interface of the queue member (e.g. {@code PJSIP/100}).",
    "Paused": "Whether to pause (true) or unpause (false).",
    "Penalty": "Member penalty.", "MemberName": "Display name of the member.",
    "Variable": "Variable name.", "Value": "Variable value.",
    "Family": "Database family.", "Filter": "Filter expression.", "Operation": "Filter operation.",
}
ATYPE = {"Priority": "int", "Timeout": "long", "Cause": "int", "Penalty": "int", "Async": "boolean",
         "EarlyMedia": "boolean", "Paused": "boolean", "RingInUse": "boolean", "ExtraPriority": "int",
         "AllVariables": "boolean", "Members": "boolean", "Rules": "boolean", "Parameters": "boolean",
         "Immediate": "boolean", "Recursive": "boolean", "Soft": "boolean"}
actions = []
for a in spec_actions:
    params, seen = [], set()
    for p in a["parameters"]:
        n = p["name"]
        if n.lower() in seen or n in ("ActionID", "HeaderN", "Header1"):
            continue
        seen.add(n.lower())
        prm = dict(name=n, type="variable" if n == "Variable" and a["name"] in ("Originate", "MessageSend", "PJSIPNotify") else ATYPE.get(n, "string"))
        if p["required"]:
            prm["required"] = True
        if p["enum"]:
            prm["values"] = p["enum"]
        if p.get("default"):
            prm["default"] = p["default"]
        m = re.match(r"^(.*)-0+$", n) or re.match(r"^(.*)\(0\)$", n)
        if m:
            prm["indexed"] = "dash6" if "-" in n else "paren"
            prm["stem"] = m.group(1)
        if n in PARAM_DOC:
            prm["doc"] = PARAM_DOC[n]
        params.append(prm)
    actions.append(dict(name=a["name"], summary=ACTION_SUMMARY.get(a["name"]), since=a["since"],
                        privilege=a["privilege"], module=a["module"], params=params,
                        listItems=a["list_item_events"], listComplete=a["list_complete_event"],
                        responseEvents=a.get("response_events") or []))

for ev in events.values():
    for f in ev["fields"]:
        if (ev["name"], f["header"]) in FIELD_DOC_EVENT:
            f["doc"] = FIELD_DOC_EVENT[(ev["name"], f["header"])]
        elif f["header"] in FIELD_DOC and "doc" not in f:
            f["doc"] = FIELD_DOC[f["header"]]
for g in groups:
    for f in g["fields"]:
        f["doc"] = FIELD_DOC.get(f["base"], "")
        if g["name"] == "QueueMemberFields" and f["base"] == "Status":
            f["doc"] = "Device state of the member, a number from 0 to 8."

cat = dict(
    about="Catalogue of AMI events and actions for Amiable. Generated code in amiable-core comes from this file only; "
          "see docs/ARCHITECTURE.md, section Generated code.",
    asterisk="22.10.1", enums=enums, groups=groups, events=list(events.values()), actions=actions)
json.dump(cat, open(out_path, "w"), indent=1, ensure_ascii=False)
open(out_path, "a").write("\n")
print(len(events), "events", len(actions), "actions")
