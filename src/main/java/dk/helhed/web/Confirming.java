package dk.helhed.web;

import java.io.Serializable;
import java.util.Optional;

/**
 * A change asked about once more before it is made (a removal, a cancellation): which row the question is about, kept
 * in a view-scoped page's state. A page offers it as {@code confirm}, and its view asks
 * {@code #{page.confirm.ask(row.id())}}, shows the question where {@code #{page.confirm.is(row.id())}}, and keeps the
 * row with {@code #{page.confirm.keep}}; the page's action takes the {@link #answer()}.
 */
public final class Confirming<K extends Serializable> implements Serializable {
    private K asked;

    public void ask(K key) {
        asked = key;
    }

    public void keep() {
        asked = null;
    }

    public boolean is(Object key) {
        return asked != null && asked.equals(key);
    }

    /** The row asked about, if any; the question is answered and asked no more. */
    public Optional<K> answer() {
        var key = asked;
        asked = null;
        return Optional.ofNullable(key);
    }
}
