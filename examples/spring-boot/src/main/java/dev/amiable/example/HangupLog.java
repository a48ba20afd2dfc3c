package dev.amiable.example;

import dev.amiable.event.HangupEvent;
import dev.amiable.spring.AmiListener;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/** An {@code @AmiListener}: counts hang-ups and logs every hundredth. */
@Component
public class HangupLog {
    private static final System.Logger LOG = System.getLogger(HangupLog.class.getName());
    private final AtomicLong hangups = new AtomicLong();

    @AmiListener
    void onHangup(HangupEvent e) {
        long n = hangups.incrementAndGet();
        if (n % 100 == 0) {
            LOG.log(System.Logger.Level.INFO, "{0} hang-ups so far; the last: {1} ({2})", n, e.channel(), e.cause());
        }
    }

    /** Hang-ups seen since start. */
    public long count() {
        return hangups.get();
    }
}
