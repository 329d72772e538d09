package io.techdir.cli;

import io.techdir.check.BadConfigurationException;
import io.techdir.generate.GeneratorProfile;
import io.techdir.generate.GeneratorSettings;
import io.techdir.generate.PostingGenerator;
import io.techdir.job.RunSessions;
import io.techdir.job.SparkSessions;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code techdir serve}: a resident process that runs the {@code run} commands handed to it over
 * a Unix socket ({@link ServeClient}; {@code bin/techdir run} does it when the socket exists), one
 * at a time, in one JVM and one local Spark session: from the second run on, the JIT's and Spark's
 * compiled code is there already, which a process started for each run pays again each time
 * (1 000 000 postings here: 44–54 s handed to a warmed-up server, 67–74 s in a process of their own). What a run prints, its logs and its
 * exit code go back to the caller; relative paths on its command line are resolved against the
 * caller's working folder and API credentials looked up in the caller's environment. A request
 * from another build of the project, or for another command, is declined and the caller runs it
 * itself.
 */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Runs the 'run' commands that bin/techdir hands to it over a Unix socket, one at a time, in one"
                + " warm JVM and Spark session, until stopped (SIGTERM, Ctrl-C; a run in progress finishes first).",
            "While it listens, 'bin/techdir run ...' forwards to it (TECHDIR_SERVE=off runs in a process of its"
                    + " own); a run gets back its output, logs and exit code, and Ctrl-C on it cancels the run."})
final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    /** System property naming the socket (set by {@code bin/techdir}, which forwards to it). */
    static final String SOCKET_PROPERTY = "techdir.socket";
    /** System property holding the build stamp (set by {@code bin/techdir}). */
    static final String BUILD_PROPERTY = "techdir.build.stamp";
    /** Socket when neither {@code --socket} nor {@value #SOCKET_PROPERTY} names one, in the project folder. */
    static final String DEFAULT_SOCKET = "target/serve.sock";
    /** Priority of the stop hook: above Spark's (40), so the run in progress ends before Spark stops. */
    private static final int STOP_HOOK_PRIORITY = 100;
    /** Seed of the warm-up's generated postings. */
    private static final long WARM_UP_SEED = 1;
    /** How long a connection may take to send its request. */
    private static final long REQUEST_TIMEOUT_MILLIS = 10_000;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    LoggingOptions logging;

    @Option(names = "--socket", paramLabel = "FILE",
            description = "Unix socket to listen on (default: bin/techdir's, TECHDIR_SOCKET, else " + DEFAULT_SOCKET + ").")
    Path socket;

    @Option(names = "--no-warm-up",
            description = "Listen at once, without the warm-up runs (which make the first run handed over warm too,"
                    + " for ~35 s more at start).")
    boolean noWarmUp;

    @Option(names = "--warm-up-postings", paramLabel = "N", defaultValue = "100000",
            description = "Generated postings of the second warm-up run, after the default job on the samples"
                    + " (default: ${DEFAULT-VALUE}; 0: the samples only).")
    int warmUpPostings;

    private final Object streams = new Object();
    /** Where System.out and System.err go now: the server's own streams, or a caller's frames. */
    private OutputStream outTarget;
    private OutputStream errTarget;

    @Override
    public Integer call() throws Exception {
        logging.apply();
        SparkSessions.requireSupportedJava();
        Path path = socketPath();
        refuseIfServed(path);
        String build = System.getProperty(BUILD_PROPERTY, "");
        PrintWriter out = spec.commandLine().getOut();
        routeStandardStreams();
        Level level = LogManager.getLogger("io.techdir").getLevel();
        CountDownLatch finished = new CountDownLatch(1);
        try (RunSessions.Scope kept = RunSessions.keepBetweenRuns()) {
            warmUp(out);
            Configurator.setLevel("io.techdir", level);
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            boolean bound = false;
            try (server) {
                try {
                    Files.createDirectories(path.getParent());
                    server.bind(UnixDomainSocketAddress.of(path));
                } catch (IOException | UnsupportedOperationException e) {
                    throw new BadConfigurationException("cannot listen on " + path + ": " + e.getMessage()
                            + " (a Unix socket's path must be short: give another --socket)");
                }
                bound = true;
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
                org.apache.hadoop.util.ShutdownHookManager.get().addShutdownHook(() -> {
                    LOG.info("stopping: a run in progress finishes first");
                    close(server);
                    await(finished);
                }, STOP_HOOK_PRIORITY, 6, TimeUnit.HOURS);
                out.printf(Locale.ROOT, "serving runs on %s (pid %d): 'bin/techdir run ...' hands its runs to this"
                        + " process; stop with SIGTERM or Ctrl-C%n", path, ProcessHandle.current().pid());
                out.flush();
                serveUntilClosed(server, build, level);
            } finally {
                if (bound) {
                    Files.deleteIfExists(path);
                }
            }
        } finally {
            finished.countDown();
        }
        out.println("stopped");
        out.flush();
        return ExitCode.OK.code();
    }

    /** Serves one caller after another until the server channel is closed (the stop hook). */
    private void serveUntilClosed(ServerSocketChannel server, String build, Level level) throws IOException {
        while (true) {
            // a run's stray interrupt must not reach the channels (an interrupted thread's channel
            // operation closes the channel)
            Thread.interrupted();
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return; // stopping
            }
            try (client) {
                serve(client, build, level);
            } catch (IOException | RuntimeException | InterruptedException e) {
                LOG.warn("a caller's connection failed: {}", e.toString());
            }
        }
    }

    /** {@code --socket}, else {@value #SOCKET_PROPERTY}, else {@value #DEFAULT_SOCKET} in the project folder. */
    private Path socketPath() {
        if (socket != null) {
            return socket.toAbsolutePath().normalize();
        }
        String p = System.getProperty(SOCKET_PROPERTY);
        return p != null && !p.isBlank() ? Path.of(p).toAbsolutePath().normalize()
                : Home.path().resolve(DEFAULT_SOCKET);
    }

    /** Stops with a clear line when a server answers on the socket; removes a socket left by one that is gone. */
    private static void refuseIfServed(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // only a socket is ever removed: a file, a folder or a link at that path is the caller's
        if (!Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS).isOther()) {
            throw new BadConfigurationException("--socket " + path + ": "
                    + (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? "a folder"
                            : Files.isSymbolicLink(path) ? "a link" : "a file") + " of that name exists, not a socket;"
                    + " expected a path for the server's socket (nothing there, or a socket a gone server left)");
        }
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(path));
        } catch (IOException e) {
            LOG.info("removing {}, left by a server that is gone", path);
            Files.delete(path);
            return;
        }
        throw new BadConfigurationException("a server already listens on " + path
                + "; stop it first, or give this one another --socket");
    }

    /**
     * The warm-up runs, into a temporary folder deleted after: the default job on the samples, then
     * {@code --warm-up-postings} generated postings; the first run handed over then finds most of
     * the JIT's and Spark's code compiled, as every later one does. With {@code --no-warm-up}, only
     * the kept session is made.
     */
    private void warmUp(PrintWriter out) throws IOException {
        if (noWarmUp) {
            try (RunSessions.Lease lease = RunSessions.acquire(null, "techdir serve")) {
                lease.session(); // the kept session, made now rather than at the first run
            }
            return;
        }
        Path dir = Files.createTempDirectory("techdir-serve-warm-up");
        try {
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            warmUpRun(out, "the default job on the samples", "run", "-q", "--no-warehouse", "--out",
                    dir.resolve("samples").toString(), "--as-of", today);
            if (warmUpPostings > 0) {
                Path input = dir.resolve("generated.csv");
                new PostingGenerator(new GeneratorSettings(warmUpPostings, WARM_UP_SEED, GeneratorProfile.MARKET))
                        .write(input);
                warmUpRun(out, String.format(Locale.ROOT, "%,d generated postings", warmUpPostings), "run", "-q",
                        "--no-warehouse", "--source", "csv:" + input, "--out", dir.resolve("generated").toString(),
                        "--as-of", today);
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** One warm-up run, its outcome in one line. */
    private static void warmUpRun(PrintWriter out, String what, String... args) {
        long start = System.nanoTime();
        StringWriter text = new StringWriter();
        PrintWriter log = new PrintWriter(text, true);
        int code = Main.run(args, log, log);
        if (code != ExitCode.OK.code()) {
            out.printf(Locale.ROOT, "warm-up on %s exited with %d (serving anyway):%n%s", what, code, text);
        } else {
            out.printf(Locale.ROOT, "warmed up on %s in %.1f s%n", what, (System.nanoTime() - start) / 1e9);
        }
        out.flush();
    }

    /** One caller: its request, then its run with everything it prints sent back, then its exit code. */
    private void serve(SocketChannel client, String build, Level level) throws IOException, InterruptedException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(ServeProtocol.input(client)));
        ServeProtocol.Request request = readRequest(client, in);
        String declined = declineReason(request, build);
        try (FrameWriter frames = new FrameWriter(client)) {
            if (declined != null) {
                frames.send(ServeProtocol.DECLINED, declined.getBytes(StandardCharsets.UTF_8));
                return;
            }
            frames.send(ServeProtocol.TAKEN, new byte[0]);
            FrameStream outFrames = new FrameStream(frames, ServeProtocol.OUT);
            FrameStream errFrames = new FrameStream(frames, ServeProtocol.ERR);
            HangUp hangUp = new HangUp();
            daemon("techdir-serve-hang-up", () -> hangUp.watch(in));
            LOG.info("run for {}: {}", request.directory(), String.join(" ", request.args()));
            int code;
            try {
                synchronized (streams) {
                    outTarget = outFrames;
                    errTarget = errFrames;
                }
                PrintWriter out = new PrintWriter(new PrintStream(outFrames, true), true);
                PrintWriter err = new PrintWriter(new PrintStream(errFrames, true), true);
                code = Home.asCaller(new Home.Caller(Path.of(request.directory()), request.environment()),
                        () -> Main.run(request.args().toArray(String[]::new), out, err));
                out.flush();
                err.flush();
            } catch (Exception e) {
                LOG.error("run failed", e);
                code = ExitCode.INTERNAL.code();
            } finally {
                synchronized (streams) {
                    outTarget = null;
                    errTarget = null;
                }
                Configurator.setLevel("io.techdir", level); // the run's -q or -v was for it alone
            }
            if (hangUp.runEnded()) {
                LOG.warn("the caller hung up during the run: its Spark jobs were cancelled");
            }
            LOG.info("run ended, exit code {}", code);
            frames.send(ServeProtocol.EXIT, ServeProtocol.exitPayload(code));
        }
    }

    /** The request, within {@value #REQUEST_TIMEOUT_MILLIS} ms (then the connection is closed). */
    private static ServeProtocol.Request readRequest(SocketChannel client, DataInputStream in) throws IOException {
        CountDownLatch read = new CountDownLatch(1);
        daemon("techdir-serve-request", () -> {
            try {
                if (!read.await(REQUEST_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                    client.close();
                }
            } catch (InterruptedException | IOException e) {
                // closed
            }
        });
        try {
            return ServeProtocol.Request.readFrom(in);
        } finally {
            read.countDown();
        }
    }

    /** Why this server does not run the request, or null when it does. */
    private static String declineReason(ServeProtocol.Request r, String build) {
        if (!ServeProtocol.VERSION.equals(r.version())) {
            return "the server speaks " + ServeProtocol.VERSION + ", not " + r.version();
        }
        if (!build.equals(r.build())) {
            return "the server (pid " + ProcessHandle.current().pid() + ") runs another build of techdir;"
                    + " restart it to serve this one";
        }
        if (r.args().isEmpty() || !r.args().get(0).equals("run")) {
            return "the server runs 'run' commands only";
        }
        if (!Files.isDirectory(Path.of(r.directory()))) {
            return "the server cannot see the folder " + r.directory();
        }
        return null;
    }

    /**
     * The caller hanging up (Ctrl-C) during its run: its Spark jobs are then cancelled, and the run
     * ends at its next step. The caller sends nothing after its request, so a read that ends
     * before the run does is a hang-up.
     */
    private static final class HangUp {
        private boolean ended;
        private boolean hungUp;

        void watch(DataInputStream in) {
            try {
                if (in.read() >= 0) {
                    return;
                }
            } catch (IOException e) {
                return; // closed at the end of the run
            }
            synchronized (this) {
                if (ended) {
                    return;
                }
                hungUp = true; // said after the run: a log line now would go to the caller
                scala.Option<SparkSession> s = SparkSession.getDefaultSession();
                if (s.isDefined()) {
                    s.get().sparkContext().cancelAllJobs();
                }
            }
        }

        /** Marks the run ended; whether the caller hung up before. */
        synchronized boolean runEnded() {
            ended = true;
            return hungUp;
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * System.out and System.err (and so the log, whose console appender follows System.err) go to
     * the caller of the run in progress, else to this process's own streams.
     */
    private void routeStandardStreams() {
        PrintStream ownOut = System.out;
        PrintStream ownErr = System.err;
        System.setOut(new PrintStream(new Router(ownOut, true), true));
        System.setErr(new PrintStream(new Router(ownErr, false), true));
    }

    /** Writes to the run's frames while there is a run, else to this process's stream. */
    private final class Router extends OutputStream {
        private final OutputStream own;
        private final boolean isOut;

        Router(OutputStream own, boolean isOut) {
            this.own = own;
            this.isOut = isOut;
        }

        private OutputStream target() {
            synchronized (streams) {
                OutputStream t = isOut ? outTarget : errTarget;
                return t != null ? t : own;
            }
        }

        @Override
        public void write(int b) throws IOException {
            target().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target().flush();
        }
    }

    /**
     * The frames of one caller, written to its connection by a thread of their own, in the order
     * sent. Not by the threads that print: a Spark task thread interrupted by a cancellation would
     * close the connection with its write (an interrupted thread's channel operation closes the
     * channel). After the caller is gone, frames are dropped; {@link #close} sends what is queued
     * and waits for it.
     */
    private static final class FrameWriter implements AutoCloseable {
        private static final byte[] END = new byte[0];
        private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
        private final Thread thread;
        private volatile boolean closed;

        FrameWriter(SocketChannel client) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(ServeProtocol.output(client)));
            thread = daemon("techdir-serve-frames", () -> {
                boolean gone = false;
                try {
                    for (byte[] frame = queue.take(); frame != END; frame = queue.take()) {
                        if (!gone) {
                            try {
                                out.write(frame);
                                if (queue.isEmpty()) {
                                    out.flush();
                                }
                            } catch (IOException e) {
                                gone = true; // the caller hung up: the run goes on to its end or cancellation
                            }
                        }
                    }
                    out.flush();
                } catch (InterruptedException | IOException e) {
                    // stopping, or gone
                }
            });
        }

        void send(byte kind, byte[] payload) {
            send(kind, payload, 0, payload.length);
        }

        void send(byte kind, byte[] payload, int offset, int length) {
            if (closed) {
                return; // a late line of a finished run
            }
            ByteArrayOutputStream frame = new ByteArrayOutputStream(length + 5);
            try {
                ServeProtocol.writeFrame(new DataOutputStream(frame), kind, payload, offset, length);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // in memory: not thrown
            }
            queue.add(frame.toByteArray());
        }

        @Override
        public void close() throws InterruptedException {
            closed = true;
            queue.add(END);
            thread.join();
        }
    }

    /** Bytes written to it go to a caller as frames of one kind. */
    private static final class FrameStream extends OutputStream {
        private final FrameWriter frames;
        private final byte kind;

        FrameStream(FrameWriter frames, byte kind) {
            this.frames = frames;
            this.kind = kind;
        }

        @Override
        public void write(int b) {
            frames.send(kind, new byte[] {(byte) b});
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (len > 0) {
                frames.send(kind, b, off, len);
            }
        }
    }

    private static void close(ServerSocketChannel server) {
        try {
            server.close();
        } catch (IOException e) {
            // stopping anyway
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
