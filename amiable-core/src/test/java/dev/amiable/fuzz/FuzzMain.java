package dev.amiable.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one Jazzer fuzz test in fuzzing mode in a JVM of its own ({@code JAZZER_FUZZ} must be
 * set as an environment variable or system property before Jazzer's classes load, which is why
 * {@link FuzzRunTest} starts a fresh JVM). Exit code 0 when the test ran and passed.
 *
 * <p>Usage: {@code FuzzMain <method of FrameDecoderFuzzTest>}, e.g. {@code decoder} (15 s) or
 * {@code decoderLong} (10 min).
 */
public final class FuzzMain {
    private FuzzMain() {
    }

    public static void main(String[] args) {
        String method = args.length > 0 ? args[0] : "decoder";
        if (System.getenv("JAZZER_FUZZ") == null && System.getProperty("JAZZER_FUZZ") == null) {
            System.setProperty("JAZZER_FUZZ", "1");
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(FrameDecoderFuzzTest.class, method, "byte[]"))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary s = listener.getSummary();
        s.printTo(new java.io.PrintWriter(System.out, true));
        s.printFailuresTo(new java.io.PrintWriter(System.out, true), 40);
        System.out.flush();
        System.exit(s.getTestsSucceededCount() > 0 && s.getTotalFailureCount() == 0 ? 0 : 1);
    }
}
