package dev.amiable.testkit;

import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: a started {@link FakeAsterisk} for each test, closed after it.
 *
 * <p>With {@code @ExtendWith(FakeAsteriskExtension.class)} the server has the builder's defaults
 * except that failed logins are answered at once; declare a {@code FakeAsterisk} parameter on a
 * test or lifecycle method to receive it. With
 * {@code @RegisterExtension static FakeAsteriskExtension ami = new FakeAsteriskExtension(b -> b.amiVersion("2.10.5"));}
 * the builder can be configured, and {@link #server()} gives the current test's server.
 * Parameters resolve in {@code @BeforeEach} methods too (the server is started before them).
 */
public final class FakeAsteriskExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(FakeAsteriskExtension.class);
    private final Consumer<FakeAsterisk.Builder> configure;
    private volatile FakeAsterisk current;

    /** Default configuration, failed logins answered without delay. */
    public FakeAsteriskExtension() {
        this(b -> { });
    }

    /** {@code configure} adjusts a fresh builder (failed-login delay preset to zero) before each test. */
    public FakeAsteriskExtension(Consumer<FakeAsterisk.Builder> configure) {
        this.configure = configure;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        serverFor(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        FakeAsterisk s = context.getStore(NS).remove(FakeAsterisk.class, FakeAsterisk.class);
        if (s != null) {
            s.close();
        }
        current = null;
    }

    /** The running server of the current test; throws {@link IllegalStateException} outside a test. */
    public FakeAsterisk server() {
        FakeAsterisk s = current;
        if (s == null) {
            throw new IllegalStateException("no test is running");
        }
        return s;
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        return p.getParameter().getType() == FakeAsterisk.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        return serverFor(e);
    }

    private FakeAsterisk serverFor(ExtensionContext context) {
        return context.getStore(NS).getOrComputeIfAbsent(FakeAsterisk.class, k -> {
            FakeAsterisk.Builder b = FakeAsterisk.builder().failedLoginDelay(java.time.Duration.ZERO);
            configure.accept(b);
            FakeAsterisk s = b.build().start();
            current = s;
            return s;
        }, FakeAsterisk.class);
    }
}
