// The probe behind "a framing loop over 32-byte LF masks" in docs/PERFORMANCE.md: the busy capture
// framed into messages (line offsets as Amiable's Frame keeps them) three ways: one eight-byte LF
// search per line (as FrameDecoder does), one 32-byte vector search per line, and 32-byte LF masks
// whose bits are taken in order. The eight-byte search is core's own (Bytes.indexOfLf). Not part of
// the build (it needs the incubator module). After `mvn install`, run on a JDK whose vector API is
// compiled well (the installed JDK 25; on 17 the vector rows are slow):
//   javac --add-modules jdk.incubator.vector -cp amiable-core/target/classes -d /tmp/vfr bench/experiments/VectorFraming.java
//   java --add-modules jdk.incubator.vector -cp /tmp/vfr:amiable-core/target/classes VectorFraming amiable-bench/src/main/resources/02-busy-period.txt
import dev.amiable.internal.codec.Bytes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorSpecies;

public class VectorFraming {
    static final VectorSpecies<Byte> S = ByteVector.SPECIES_256;
    static long sink;

    /** Offsets of the lines of the message being framed; a message ends at a blank line. */
    static final class Framer {
        int[] pos = new int[64];
        int count;
        int ls;
        int frames;

        void lineEnd(int lf) {
            if (lf - ls <= 1) {
                if (count > 0) {
                    pos[2 * count] = ls;
                    sink += Arrays.copyOf(pos, 2 * count + 1).length;
                    frames++;
                    count = 0;
                }
            } else {
                if (2 * count + 3 > pos.length) {
                    pos = Arrays.copyOf(pos, pos.length * 2);
                }
                pos[2 * count] = ls;
                pos[2 * count + 1] = Integer.MIN_VALUE;
                count++;
            }
            ls = lf + 1;
        }
    }

    static int vector(byte[] b, int from, int to) {
        int i = from;
        for (; i + 32 <= to; i += 32) {
            long m = ByteVector.fromArray(S, b, i).eq((byte) '\n').toLong();
            if (m != 0) {
                return i + Long.numberOfTrailingZeros(m);
            }
        }
        return Bytes.indexOfLf(b, i, to);
    }

    static int perLine(byte[] b, boolean useVector) {
        Framer f = new Framer();
        while (true) {
            int lf = useVector ? vector(b, f.ls, b.length) : Bytes.indexOfLf(b, f.ls, b.length);
            if (lf < 0) {
                return f.frames;
            }
            f.lineEnd(lf);
        }
    }

    static int masks(byte[] b) {
        Framer f = new Framer();
        for (int i = 0; i < S.loopBound(b.length); i += 32) {
            long m = ByteVector.fromArray(S, b, i).eq((byte) '\n').toLong();
            while (m != 0) {
                f.lineEnd(i + Long.numberOfTrailingZeros(m));
                m &= m - 1;
            }
        }
        return f.frames;
    }

    public static void main(String[] args) throws Exception {
        byte[] b = Files.readAllBytes(Path.of(args[0]));
        for (int round = 1; round <= 30; round++) {
            long t0 = System.nanoTime();
            int w = 0;
            for (int k = 0; k < 10; k++) {
                w += perLine(b, false);
            }
            long t1 = System.nanoTime();
            int v = 0;
            for (int k = 0; k < 10; k++) {
                v += perLine(b, true);
            }
            long t2 = System.nanoTime();
            int m = 0;
            for (int k = 0; k < 10; k++) {
                m += masks(b);
            }
            long t3 = System.nanoTime();
            if (round % 5 == 0) {
                System.out.printf("frames/s: eight-byte search per line %.2f M, vector search per line %.2f M,"
                        + " 32-byte masks %.2f M (%d frames)%n",
                        w * 1e3 / (t1 - t0), v * 1e3 / (t2 - t1), m * 1e3 / (t3 - t2), m / 10);
            }
        }
    }
}
