package io.techdir.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Hands a command to a running {@code techdir serve} and relays what it prints and its exit code
 * ({@code bin/techdir run} calls it when the server's socket exists). Exits with
 * {@link ServeProtocol#NOT_FORWARDED} when no server takes the command (none listening: a stale
 * socket; another build; another protocol version), and the launcher then runs the command
 * itself. Ctrl-C closes the connection, and the server cancels the run.
 *
 * <p>Started with the project's classes alone on its class path: only JDK classes are used.
 */
public final class ServeClient {

    /** After this long without an answer, the caller is told that the server is busy with another run. */
    private static final long WAITING_NOTICE_MILLIS = 1000;

    private ServeClient() {
    }

    /**
     * {@code ServeClient SOCKET BUILD COMMAND [ARG...]}.
     *
     * @param args the server's socket, this caller's build stamp, then the command line
     */
    public static void main(String[] args) {
        if (args.length < 3) {
            System.err.println("usage: ServeClient SOCKET BUILD COMMAND [ARG...]");
            System.exit(ExitCode.USAGE.code());
        }
        System.exit(forward(Path.of(args[0]), args[1], Arrays.asList(args).subList(2, args.length), System.out,
                System.err));
    }

    /**
     * Forwards {@code command} to the server listening on {@code socket} and relays its output.
     *
     * @return the command's exit code, or {@link ServeProtocol#NOT_FORWARDED}
     */
    static int forward(Path socket, String build, List<String> command, PrintStream out, PrintStream err) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            return ServeProtocol.NOT_FORWARDED; // no socket, or one left by a server that is gone
        }
        Thread closer = new Thread(() -> close(channel), "techdir-serve-client-stop");
        Runtime.getRuntime().addShutdownHook(closer);
        boolean taken = false;
        try (channel) {
            DataOutputStream request = new DataOutputStream(new BufferedOutputStream(ServeProtocol.output(channel)));
            new ServeProtocol.Request(ServeProtocol.VERSION, build, Path.of("").toAbsolutePath().toString(),
                    System.getenv(), command).writeTo(request);
            CountDownLatch answered = new CountDownLatch(1);
            Thread waiting = new Thread(() -> {
                try {
                    if (!answered.await(WAITING_NOTICE_MILLIS, TimeUnit.MILLISECONDS)) {
                        err.println("techdir: waiting for the server on " + socket + " to finish the run in progress");
                        err.flush();
                    }
                } catch (InterruptedException e) {
                    // answered
                }
            }, "techdir-serve-client-waiting");
            waiting.setDaemon(true);
            waiting.start();
            DataInputStream in = new DataInputStream(new BufferedInputStream(ServeProtocol.input(channel)));
            while (true) {
                ServeProtocol.Frame f = ServeProtocol.Frame.readFrom(in);
                answered.countDown();
                switch (f.kind()) {
                    case ServeProtocol.TAKEN -> taken = true;
                    case ServeProtocol.OUT -> {
                        out.write(f.payload());
                        out.flush();
                    }
                    case ServeProtocol.ERR -> {
                        err.write(f.payload());
                        err.flush();
                    }
                    case ServeProtocol.EXIT -> {
                        return f.exitCode();
                    }
                    case ServeProtocol.DECLINED -> {
                        err.println("techdir: " + f.text() + "; running it here");
                        err.flush();
                        return ServeProtocol.NOT_FORWARDED;
                    }
                    default -> {
                        return ended(socket, taken, err);
                    }
                }
            }
        } catch (IOException e) {
            return ended(socket, taken, err);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(closer);
            } catch (IllegalStateException e) {
                // shutting down (Ctrl-C): the hook is running
            }
        }
    }

    /** The connection ended without an exit code: the server stopped (or was stopped) mid-run. */
    private static int ended(Path socket, boolean taken, PrintStream err) {
        if (!taken) {
            return ServeProtocol.NOT_FORWARDED; // it took nothing: the command can run here
        }
        err.println("techdir: error: the server on " + socket + " stopped before the run ended");
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    private static void close(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing: nothing to do
        }
    }
}
