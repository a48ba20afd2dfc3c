package dev.amiable.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The naming rules the generated API depends on. */
class NamesTest {

    @Test
    void accessorsAreLowerCamelCase() {
        assertEquals("uniqueid", Names.accessor("Uniqueid"));
        assertEquals("callerIdNum", Names.accessor("CallerIDNum"));
        assertEquals("callerIdName", Names.accessor("CallerIDName"));
        assertEquals("channelStateDesc", Names.accessor("ChannelStateDesc"));
        assertEquals("causeTxt", Names.accessor("Cause-txt"));
        assertEquals("ipAddress", Names.accessor("IPaddress"));
        assertEquals("callerIdNum", Names.accessor("CallerIDnum"));
        assertEquals("bridgeId", Names.accessor("BridgeID"));
        assertEquals("dnid", Names.accessor("DNID"));
        assertEquals("servicelevelPerf2", Names.accessor("ServicelevelPerf2"));
    }

    @Test
    void clashesAndKeywordsGetASuffix() {
        assertEquals("valueHeader", Names.accessor("Value"));
        assertEquals("nameHeader", Names.accessor("Name"));
        assertEquals("interfaceHeader", Names.accessor("Interface"));
        assertEquals("privilegeHeader", Names.accessor("Privilege"));
        assertEquals("varValue", Names.builderMethod("Var"));
        assertEquals("headerValue", Names.builderMethod("Header"));
    }

    @Test
    void classNames() {
        assertEquals("HangupEvent", Names.eventClass("Hangup"));
        assertEquals("AocDEvent", Names.eventClass("AOC-D"));
        assertEquals("UserEvent", Names.eventClass("UserEvent"));
        assertEquals("OriginateAction", Names.actionClass("Originate"));
    }

    @Test
    void everyEventAndActionGenerates() {
        Catalogue c = Catalogue.load();
        var files = Generate.generate(c);
        // events + actions + groups + HeaderAccess + enums + CatalogEvents + EventValues + ActionCatalog
        assertEquals(c.events().size() + c.actions().size() + c.groups().size() + 1 + c.enums().size() + 3,
                files.size());
        for (String text : files.values()) {
            assertEquals(Generate.MARKER, text.substring(0, text.indexOf('\n')));
        }
    }
}
