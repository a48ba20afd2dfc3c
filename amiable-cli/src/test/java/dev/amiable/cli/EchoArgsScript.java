package dev.amiable.cli;

import dev.amiable.agi.AgiChannel;
import dev.amiable.agi.AgiRequest;
import dev.amiable.agi.AgiScript;

/** A script for {@code amiable agi} tests: sets a variable to its arguments. */
public final class EchoArgsScript implements AgiScript {
    @Override
    public void service(AgiChannel channel, AgiRequest request) {
        channel.answer();
        channel.setVariable("ARGS", String.join(",", request.args()));
    }
}
