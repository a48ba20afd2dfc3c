package dev.amiable.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.amiable.event.AmiEvent;
import dev.amiable.event.ChannelSnapshot;
import dev.amiable.event.HangupEvent;
import dev.amiable.testkit.FakeAsterisk;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ListenerTest {
    private final FakeAsterisk pbx1 = FakeAsterisk.create().start();
    private final FakeAsterisk pbx2 = FakeAsterisk.create().start();

    @AfterEach
    void stop() {
        pbx1.close();
        pbx2.close();
    }

    /** Records what each of its listener methods received, as "method:event name". */
    static class Recorder {
        final BlockingQueue<String> seen = new LinkedBlockingQueue<>();

        @AmiListener
        void hangup(HangupEvent e) {
            seen.add("hangup:" + e.channel() + ":" + e.cause());
        }

        @AmiListener
        void channel(ChannelSnapshot e) {
            seen.add("channel:" + ((AmiEvent) e).name());
        }

        @AmiListener(name = "user*", server = "pbx2")
        void userOnPbx2(AmiEvent e) {
            seen.add("user2:" + e.name() + ":" + e.get("UserEvent"));
        }

        String next() throws InterruptedException {
            return seen.poll(5, TimeUnit.SECONDS);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class WithRecorder {
        @Bean
        Recorder recorder() {
            return new Recorder();
        }
    }

    @Test
    void methodsReceiveTheEventsTheirParameterAndFiltersSelect() {
        Contexts.runner().withUserConfiguration(WithRecorder.class)
                .withPropertyValues(Contexts.at("servers.pbx1.", pbx1))
                .withPropertyValues(Contexts.at("servers.pbx2.", pbx2))
                .withPropertyValues("amiable.fail-fast=true")
                .run(context -> {
                    Recorder r = context.getBean(Recorder.class);
                    pbx1.emit("UserEvent", "UserEvent", "on1");       // pbx1: not for userOnPbx2
                    pbx1.emit("Hangup", "Channel", "PJSIP/100-1", "Cause", "16");
                    // UserEvent carries (optional) channel fields, so it is a ChannelSnapshot too
                    String[] first = {r.next(), r.next(), r.next()};
                    assertThat(first).containsExactlyInAnyOrder("channel:UserEvent", "hangup:PJSIP/100-1:NORMAL_CLEARING",
                            "channel:Hangup");
                    pbx2.emit("UserEvent", "UserEvent", "on2");
                    String[] second = {r.next(), r.next()};
                    assertThat(second).containsExactlyInAnyOrder("user2:UserEvent:on2", "channel:UserEvent");
                    pbx2.emit("Newchannel", "Channel", "PJSIP/200-2");
                    assertThat(r.next()).isEqualTo("channel:Newchannel");
                    assertThat(r.seen).isEmpty();
                });
    }

    static class BadSignature {
        @AmiListener
        void two(HangupEvent a, HangupEvent b) {
        }
    }

    @Test
    void aMethodWithTheWrongParametersStopsTheContext() {
        Contexts.runner().withBean(BadSignature.class).withPropertyValues(Contexts.at("", pbx1))
                .run(context -> assertThat(context).hasFailed()
                        .getFailure().hasMessageContaining("must take exactly one parameter"));
    }
}
