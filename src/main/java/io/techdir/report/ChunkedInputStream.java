package io.techdir.report;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * An input stream of UTF-8 text made of a head, {@code count} generated items and a tail, the
 * items generated {@value #ITEMS_PER_CHUNK} at a time as the stream is read, so a long list
 * is never held as one string.
 */
final class ChunkedInputStream {

    static final int ITEMS_PER_CHUNK = 512;

    private ChunkedInputStream() {
    }

    static InputStream of(String head, int count, IntFunction<String> item, String tail) {
        return new SequenceInputStream(new Enumeration<InputStream>() {
            private int next = -1; // -1: head; 0..count-1: items; count: tail; beyond: done

            @Override
            public boolean hasMoreElements() {
                return next <= count;
            }

            @Override
            public InputStream nextElement() {
                if (!hasMoreElements()) {
                    throw new NoSuchElementException();
                }
                String text;
                if (next < 0) {
                    text = head;
                    next = 0;
                } else if (next == count) {
                    text = tail;
                    next = count + 1;
                } else {
                    int end = Math.min(count, next + ITEMS_PER_CHUNK);
                    StringBuilder sb = new StringBuilder();
                    for (int i = next; i < end; i++) {
                        sb.append(item.apply(i));
                    }
                    text = sb.toString();
                    next = end;
                }
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
