package io.techdir.warehouse;

/** The warehouse cannot do what was asked (no such run or version, unreadable table). */
public final class WarehouseException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** With a message naming the warehouse and what was wrong. */
    public WarehouseException(String message) {
        super(message);
    }

    /** With a message naming the warehouse and what was wrong, and its cause. */
    public WarehouseException(String message, Throwable cause) {
        super(message, cause);
    }
}
