package dev.amiable.live.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PMap.Edit} against {@code java.util.HashMap}: random writes, reads and publishes, and
 * every map published along the way still holds what it held when published.
 */
class PMapEditTest {
    /** A key whose hash is chosen: few hashes make collisions and deep tries. */
    private record Key(int id, int hash) {
        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.id == id;
        }
    }

    private static Key key(Random r) {
        int id = r.nextInt(300);
        int hash = switch (id % 4) {
            case 0 -> id; // spread
            case 1 -> id * 0x9E3779B1; // high bits
            case 2 -> id & 7; // collides in the low bits only
            default -> 42; // one hash for all: collision nodes
        };
        return new Key(id, hash);
    }

    private static Map<Key, Integer> copy(PMap<Key, Integer> m) {
        Map<Key, Integer> out = new HashMap<>();
        m.forEach(out::put);
        assertEquals(m.size(), out.size(), "size agrees with the entries");
        return out;
    }

    @Test
    void randomWritesAgreeWithHashMapAndPublishedMapsNeverChange() {
        for (int seed = 0; seed < 200; seed++) {
            Random r = new Random(seed);
            PMap.Edit<Key, Integer> edit = PMap.<Key, Integer>empty().edit();
            Map<Key, Integer> truth = new HashMap<>();
            List<PMap<Key, Integer>> published = new ArrayList<>();
            List<Map<Key, Integer>> expected = new ArrayList<>();
            int ops = 200 + r.nextInt(1500);
            for (int i = 0; i < ops; i++) {
                Key k = key(r);
                int op = r.nextInt(10);
                if (op < 5) {
                    int v = r.nextInt(1000);
                    edit.set(k, v);
                    truth.put(k, v);
                } else if (op < 8) {
                    edit.delete(k);
                    truth.remove(k);
                } else if (op < 9) {
                    assertEquals(truth.get(k), edit.get(k), "seed " + seed + " op " + i);
                } else {
                    PMap<Key, Integer> p = edit.publish();
                    assertSame(p, edit.publish(), "nothing changed: the same map");
                    published.add(p);
                    expected.add(new HashMap<>(truth));
                }
                assertEquals(truth.size(), edit.size(), "seed " + seed + " op " + i);
            }
            assertEquals(truth, copy(edit), "seed " + seed);
            assertEquals(truth, copy(edit.publish()), "seed " + seed);
            for (int j = 0; j < published.size(); j++) {
                Map<Key, Integer> was = expected.get(j);
                assertEquals(was, copy(published.get(j)), "seed " + seed + " snapshot " + j);
                for (Map.Entry<Key, Integer> e : was.entrySet()) {
                    assertEquals(e.getValue(), published.get(j).get(e.getKey()));
                }
            }
        }
    }

    @Test
    void persistentWritesOnAPublishedMapLeaveTheEditAlone() {
        PMap.Edit<String, String> edit = PMap.<String, String>empty().edit();
        for (int i = 0; i < 100; i++) {
            edit.set("k" + i, "v" + i);
        }
        PMap<String, String> p = edit.publish();
        PMap<String, String> q = p.put("k1", "changed").remove("k2").put("new", "x");
        assertEquals("v1", edit.get("k1"));
        assertEquals("v2", edit.get("k2"));
        assertNull(edit.get("new"));
        assertEquals(100, p.size());
        assertEquals(100, q.size());
        edit.set("k3", "edited");
        assertEquals("v3", p.get("k3"));
        assertEquals("v3", q.get("k3"));
        assertEquals("changed", q.get("k1"));
    }

    @Test
    void editsOfTheSameEntryBetweenPublishesWriteInPlace() {
        PMap.Edit<String, Integer> edit = PMap.<String, Integer>empty().edit();
        for (int i = 0; i < 1000; i++) {
            edit.set("k" + i, i);
        }
        edit.publish();
        edit.set("k7", -1); // copies the path once
        Node root = edit.root;
        for (int i = 0; i < 10; i++) {
            edit.set("k7", i);
            assertSame(root, edit.root, "written in place, no new path");
        }
        PMap<String, Integer> p = edit.publish();
        edit.set("k7", 99);
        assertEquals(9, p.get("k7"));
        assertEquals(99, edit.get("k7"));
    }
}
