package dev.amiable.spring.internal;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when no {@code amiable.servers.<name>} is configured: the single-server case. */
final class NoServersCondition extends SpringBootCondition {
    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean none = ServersRegistrar.serverNames(context.getEnvironment()).isEmpty();
        return none ? ConditionOutcome.match("no amiable.servers") : ConditionOutcome.noMatch("amiable.servers set");
    }
}
