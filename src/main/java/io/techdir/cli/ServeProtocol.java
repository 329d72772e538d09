package io.techdir.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link ServeClient} and {@link ServeCommand} say to each other over the server's Unix
 * socket. The client sends one {@link Request}; the server answers with frames: either the reason
 * it does not take the request ({@link #DECLINED}), after which the client runs the command
 * itself, or {@link #TAKEN}, then standard output ({@link #OUT}) and error ({@link #ERR}) bytes as
 * the run writes them, then the exit code ({@link #EXIT}). Strings are UTF-8, prefixed with their byte length.
 *
 * <p>Only JDK classes here: the client runs with the project's own classes alone on its class
 * path, so that it starts in a tenth of a second.
 */
final class ServeProtocol {

    /** First string of a request; another version is declined. */
    static final String VERSION = "techdir-serve/1";

    /** Frame: the server runs the command (nothing else may run it now). Empty. */
    static final byte TAKEN = 5;
    /** Frame: bytes the run wrote to standard output. */
    static final byte OUT = 1;
    /** Frame: bytes the run wrote to standard error. */
    static final byte ERR = 2;
    /** Frame: the run ended; an int, its exit code. Last frame. */
    static final byte EXIT = 3;
    /** Frame: the server does not take this request; a string, why. Last frame. */
    static final byte DECLINED = 4;

    /**
     * Exit code of {@link ServeClient} when the command was not run by a server (no server
     * listening, or it declined): {@code bin/techdir} then runs it itself.
     */
    static final int NOT_FORWARDED = 125;

    private static final int MAX_STRING = 16 << 20;

    private ServeProtocol() {
    }

    /**
     * One command for the server to run.
     *
     * @param version {@link #VERSION}
     * @param build the caller's build stamp (a server only runs commands for the build it runs)
     * @param directory the caller's working folder (relative paths are resolved against it)
     * @param environment the caller's environment (API credentials are looked up in it)
     * @param args the command line, {@code run} first
     */
    record Request(String version, String build, String directory, Map<String, String> environment,
            List<String> args) {

        void writeTo(DataOutputStream out) throws IOException {
            writeString(out, version);
            writeString(out, build);
            writeString(out, directory);
            out.writeInt(environment.size());
            for (Map.Entry<String, String> e : environment.entrySet()) {
                writeString(out, e.getKey());
                writeString(out, e.getValue());
            }
            out.writeInt(args.size());
            for (String a : args) {
                writeString(out, a);
            }
            out.flush();
        }

        static Request readFrom(DataInputStream in) throws IOException {
            String version = readString(in);
            if (!VERSION.equals(version)) {
                // the rest may be laid out otherwise: not read
                return new Request(version, "", "", Map.of(), List.of());
            }
            String build = readString(in);
            String directory = readString(in);
            int n = count(in);
            Map<String, String> env = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                env.put(readString(in), readString(in));
            }
            int m = count(in);
            List<String> args = new ArrayList<>(m);
            for (int i = 0; i < m; i++) {
                args.add(readString(in));
            }
            return new Request(version, build, directory, env, List.copyOf(args));
        }
    }

    /**
     * A stream reading from the channel. Not {@code Channels.newInputStream}: its reads and the
     * writes of {@code Channels.newOutputStream} take one lock, so a read waiting for the caller
     * to hang up would block every write of the run's output.
     */
    static InputStream input(SocketChannel channel) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return len == 0 ? 0 : channel.read(ByteBuffer.wrap(b, off, len));
            }
        };
    }

    /** A stream writing to the channel (see {@link #input}). */
    static OutputStream output(SocketChannel channel) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteBuffer buffer = ByteBuffer.wrap(b, off, len);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
        };
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readString(DataInputStream in) throws IOException {
        return new String(readSized(in), StandardCharsets.UTF_8);
    }

    /** A length (at most {@link #MAX_STRING}), then that many bytes. */
    private static byte[] readSized(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_STRING) {
            throw new IOException("bad length " + n);
        }
        byte[] b = in.readNBytes(n);
        if (b.length < n) {
            throw new EOFException();
        }
        return b;
    }

    private static int count(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 16) {
            throw new IOException("bad count " + n);
        }
        return n;
    }

    /** Writes one frame: its kind, the payload's length, the payload. */
    static void writeFrame(DataOutputStream out, byte kind, byte[] payload, int offset, int length)
            throws IOException {
        out.writeByte(kind);
        out.writeInt(length);
        out.write(payload, offset, length);
        out.flush();
    }

    /** A frame read back; {@code kind} is -1 at the end of the stream. */
    record Frame(byte kind, byte[] payload) {

        static Frame readFrom(DataInputStream in) throws IOException {
            int kind = in.read();
            if (kind < 0) {
                return new Frame((byte) -1, new byte[0]);
            }
            return new Frame((byte) kind, readSized(in));
        }

        int exitCode() {
            return (payload[0] & 0xff) << 24 | (payload[1] & 0xff) << 16 | (payload[2] & 0xff) << 8 | payload[3] & 0xff;
        }

        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }
    }

    static byte[] exitPayload(int code) {
        return new byte[] {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code};
    }
}
