package io.techdir.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence with {@code {slot}} placeholders, parsed once so that rendering is a plain append.
 */
final class Template {

    /** The placeholders a template may use. */
    enum Slot {
        COMPANY, CITY, TEAM, AGE, MONTHS, N, A, B, WORD, SALARY, STEM
    }

    private static final int SLOT_COUNT = Slot.values().length;

    /** Empty values for every slot, indexed by ordinal; unset slots render as "". */
    static String[] slots() {
        return new String[SLOT_COUNT];
    }

    private final String text;
    private final Object[] parts; // String literals and Slot markers

    private Template(String text, Object[] parts) {
        this.text = text;
        this.parts = parts;
    }

    /**
     * Parses a template.
     *
     * @param where {@code file:line}, for the error message
     * @throws IllegalStateException on an unknown or unclosed placeholder
     */
    static Template parse(String text, String where) {
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('{', i);
            if (open < 0) {
                parts.add(text.substring(i));
                break;
            }
            if (open > i) {
                parts.add(text.substring(i, open));
            }
            int close = text.indexOf('}', open);
            if (close < 0) {
                throw new IllegalStateException(where + ": unclosed placeholder in '" + text
                        + "'; expected {name}");
            }
            String name = text.substring(open + 1, close);
            try {
                parts.add(Slot.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + ": unknown placeholder '{" + name
                        + "}'; expected one of " + List.of(Slot.values()).toString().toLowerCase(Locale.ROOT), e);
            }
            i = close + 1;
        }
        return new Template(text, parts.toArray());
    }

    /** Appends the template with its slots filled from {@code values} (by slot ordinal). */
    void appendTo(StringBuilder sb, String[] values) {
        for (Object p : parts) {
            if (p instanceof Slot s) {
                String v = values[s.ordinal()];
                if (v != null) {
                    sb.append(v);
                }
            } else {
                sb.append((String) p);
            }
        }
    }

    /** The length of the rendered template, without rendering it. */
    int length(String[] values) {
        int n = 0;
        for (Object p : parts) {
            if (p instanceof Slot s) {
                String v = values[s.ordinal()];
                n += v == null ? 0 : v.length();
            } else {
                n += ((String) p).length();
            }
        }
        return n;
    }

    /** The template rendered on its own. */
    String render(String[] values) {
        StringBuilder sb = new StringBuilder(text.length() + 32);
        appendTo(sb, values);
        return sb.toString();
    }

    /** Whether the template uses this slot. */
    boolean uses(Slot slot) {
        for (Object p : parts) {
            if (p == slot) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
