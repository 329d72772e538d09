package io.techdir.report;

/** Where a {@link RowXmlWriter} hands the buffers it has filled. */
interface ChunkSink {

    /** An empty buffer to fill. */
    byte[] buffer();

    /**
     * Takes {@code buffer[0..len)}; the buffer is not touched afterwards. Returns an empty buffer
     * to go on with.
     */
    byte[] submit(byte[] buffer, int len);

    /** Takes {@code buffer[0..len)}, the last one: no buffer back. */
    void submitLast(byte[] buffer, int len);
}
