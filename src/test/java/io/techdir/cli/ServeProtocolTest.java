package io.techdir.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.techdir.gather.SourceSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's wire format, and how a served command's paths and environment are the caller's. */
class ServeProtocolTest {

    @Test
    void aRequestReadsBackAsWritten() throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("FRANCE_TRAVAIL_CLIENT_ID", "id");
        env.put("LANG", "fr_FR.UTF-8");
        ServeProtocol.Request r = new ServeProtocol.Request(ServeProtocol.VERSION, "1764230000123456789",
                "/home/analyste/études", env, List.of("run", "--source", "csv:offres €.csv", "--out", "x"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        r.writeTo(new DataOutputStream(bytes));
        assertEquals(r, ServeProtocol.Request.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()))));
    }

    @Test
    void anotherVersionIsReadAsNothingMore() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        ServeProtocol.writeString(out, "techdir-serve/9");
        out.writeLong(42);
        ServeProtocol.Request r = ServeProtocol.Request.readFrom(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals("techdir-serve/9", r.version());
        assertEquals(List.of(), r.args());
    }

    @Test
    void aTruncatedOrOversizedRequestIsAnError() {
        byte[] huge = {0x7f, 0, 0, 0};
        assertThrows(IOException.class,
                () -> ServeProtocol.Request.readFrom(new DataInputStream(new ByteArrayInputStream(huge))));
        byte[] cut = {0, 0, 0, 10, 't', 'e'};
        assertThrows(IOException.class,
                () -> ServeProtocol.Request.readFrom(new DataInputStream(new ByteArrayInputStream(cut))));
    }

    @Test
    void framesCarryBytesThenTheExitCode() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        byte[] text = "report: x\n".getBytes(StandardCharsets.UTF_8);
        ServeProtocol.writeFrame(out, ServeProtocol.TAKEN, new byte[0], 0, 0);
        ServeProtocol.writeFrame(out, ServeProtocol.OUT, text, 0, text.length);
        byte[] exit = ServeProtocol.exitPayload(130);
        ServeProtocol.writeFrame(out, ServeProtocol.EXIT, exit, 0, exit.length);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(ServeProtocol.TAKEN, ServeProtocol.Frame.readFrom(in).kind());
        ServeProtocol.Frame f = ServeProtocol.Frame.readFrom(in);
        assertEquals(ServeProtocol.OUT, f.kind());
        assertArrayEquals(text, f.payload());
        ServeProtocol.Frame e = ServeProtocol.Frame.readFrom(in);
        assertEquals(ServeProtocol.EXIT, e.kind());
        assertEquals(130, e.exitCode());
        assertEquals(-1, ServeProtocol.Frame.readFrom(in).kind(), "end of stream");
    }

    @Test
    void aServedCommandsPathsAndEnvironmentAreTheCallers() throws Exception {
        Path caller = Path.of("/srv/caller");
        Home.Caller c = new Home.Caller(caller, Map.of("FRANCE_TRAVAIL_CLIENT_ID", "theirs"));
        Path rel = Path.of("reports/x");
        assertSame(rel, Home.fromCaller(rel), "no caller: as given");
        Home.asCaller(c, () -> {
            assertEquals(caller.resolve("reports/x"), Home.fromCaller(rel));
            assertEquals(Path.of("/abs/out"), Home.fromCaller(Path.of("/abs/out")));
            assertEquals(new SourceSpec("csv", "/srv/caller/in.csv", Map.of()),
                    Home.fromCaller(new SourceSpec("csv", "in.csv", Map.of())));
            SourceSpec web = new SourceSpec("web", "https://example.org/jobs", Map.of());
            assertSame(web, Home.fromCaller(web));
            assertEquals("s3a://bucket/wh", Home.fromCallerWarehouse("s3a://bucket/wh"));
            assertEquals("/srv/caller/wh", Home.fromCallerWarehouse("wh"));
            assertEquals("theirs", Home.environment().get("FRANCE_TRAVAIL_CLIENT_ID"));
            return null;
        });
        assertEquals(System.getenv(), Home.environment(), "the caller is gone after the command");
    }
}
