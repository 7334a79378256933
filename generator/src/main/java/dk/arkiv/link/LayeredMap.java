package dk.arkiv.link;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * A read-only map made of an earlier map and what changed since. After a save the same-matter
 * groups differ from the last save's in a few thousand keys of tens of thousands (75,000 at 5,000
 * meetings), and copying the rest for every save cost more than finding the changes. The earlier
 * map is never changed; once the changes pass an eighth of it, they are merged into a new map.
 * Null values are not allowed: a change to null removes the key.
 */
final class LayeredMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> base;
    /** By key, the new value, or null for a key removed. */
    private final Map<K, V> changes;
    /**
     * Counted when first asked for, by whichever thread asks (each counts alike): the lookups by
     * key that are all a save makes never need it.
     */
    private int size = -1;

    private LayeredMap(Map<K, V> base, Map<K, V> changes) {
        this.base = base;
        this.changes = changes;
    }

    /**
     * The earlier map with the changes made (a key changed to null is removed); neither map is
     * changed, and the caller must not change {@code changed} afterwards.
     */
    static <K, V> Map<K, V> of(Map<K, V> earlier, Map<K, V> changed) {
        Map<K, V> base = earlier;
        Map<K, V> changes = changed;
        if (earlier instanceof LayeredMap<K, V> layered) {
            base = layered.base;
            changes = new HashMap<>(layered.changes);
            changes.putAll(changed);
        }
        if (changes.size() <= base.size() / 8) {
            return new LayeredMap<>(base, changes);
        }
        Map<K, V> merged = new HashMap<>(base);
        changes.forEach((key, value) -> {
            if (value == null) {
                merged.remove(key);
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    @Override
    public V get(Object key) {
        V changed = changes.get(key);
        return changed != null || changes.containsKey(key) ? changed : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return changes.containsKey(key) ? changes.get(key) != null : base.containsKey(key);
    }

    @Override
    public int size() {
        if (size < 0) {
            int counted = base.size();
            for (Map.Entry<K, V> change : changes.entrySet()) {
                boolean was = base.containsKey(change.getKey());
                boolean is = change.getValue() != null;
                counted += (is ? 1 : 0) - (was ? 1 : 0);
            }
            size = counted;
        }
        return size;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return LayeredMap.this.size();
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Entries();
            }
        };
    }

    /** The earlier map's entries that did not change, then the changes that are not removals. */
    private final class Entries implements Iterator<Map.Entry<K, V>> {
        private final Iterator<Map.Entry<K, V>> kept = base.entrySet().iterator();
        private final Iterator<Map.Entry<K, V>> changed = changes.entrySet().iterator();
        private Map.Entry<K, V> next = advance();

        private Map.Entry<K, V> advance() {
            while (kept.hasNext()) {
                Map.Entry<K, V> entry = kept.next();
                if (!changes.containsKey(entry.getKey())) {
                    return entry;
                }
            }
            while (changed.hasNext()) {
                Map.Entry<K, V> entry = changed.next();
                if (entry.getValue() != null) {
                    return entry;
                }
            }
            return null;
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Map.Entry<K, V> next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Map.Entry<K, V> entry = Map.entry(next.getKey(), Objects.requireNonNull(next.getValue()));
            next = advance();
            return entry;
        }
    }
}
