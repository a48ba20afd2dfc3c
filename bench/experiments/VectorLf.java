// The experiment behind "JDK 17's incubating vector API" in docs/PERFORMANCE.md: LFs of the busy
// capture counted with 256-bit vector compares (ByteVector.eq(...).toLong()) and with the eight-byte
// masks Amiable uses. Not part of the build (it needs the incubator module). Run:
//   javac --add-modules jdk.incubator.vector -d /tmp/vlf bench/experiments/VectorLf.java
//   java --add-modules jdk.incubator.vector -cp /tmp/vlf VectorLf amiable-bench/src/main/resources/02-busy-period.txt
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.VectorSpecies;

public class VectorLf {
    static final VectorSpecies<Byte> S = ByteVector.SPECIES_256;
    static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static int vector(byte[] b) {
        int n = 0;
        for (int i = 0; i < S.loopBound(b.length); i += S.length()) {
            n += Long.bitCount(ByteVector.fromArray(S, b, i).eq((byte) '\n').toLong());
        }
        return n;
    }

    static int words(byte[] b) {
        int n = 0;
        for (int i = 0; i + 8 <= b.length; i += 8) {
            long x = (long) LONGS.get(b, i) ^ 0x0a0a0a0a0a0a0a0aL;
            long t = (x & 0x7f7f7f7f7f7f7f7fL) + 0x7f7f7f7f7f7f7f7fL;
            n += Long.bitCount(~(t | x | 0x7f7f7f7f7f7f7f7fL));
        }
        return n;
    }

    public static void main(String[] args) throws Exception {
        byte[] b = Files.readAllBytes(Path.of(args[0]));
        for (int round = 1; round <= 30; round++) {
            long t0 = System.nanoTime();
            int v = 0;
            for (int k = 0; k < 20; k++) {
                v += vector(b);
            }
            long t1 = System.nanoTime();
            int w = 0;
            for (int k = 0; k < 20; k++) {
                w += words(b);
            }
            long t2 = System.nanoTime();
            if (round % 5 == 0) {
                System.out.printf("vector %.2f GB/s, eight-byte words %.2f GB/s (%d = %d LFs)%n",
                        20.0 * b.length / (t1 - t0), 20.0 * b.length / (t2 - t1), v / 20, w / 20);
            }
        }
    }
}
