package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Serializable;

/**
 * One line of a landing zone's {@code index.jsonl} (one per fetch), or of its {@code
 * failures.jsonl} (one per failed page). JSON field names are the snake_case of the components;
 * absent values are left out.
 *
 * @param url the URL asked for
 * @param finalUrl the URL that answered, after redirects
 * @param status the HTTP status, 0 without a response
 * @param fetchedAt ISO instant of the response
 * @param sha256 SHA-256 of the body as fetched (hex), or null
 * @param bytes body size
 * @param file the stored body, relative to the run folder ({@code pages/SHA.html}), or null
 * @param contentType the {@code Content-Type} header
 * @param etag the {@code ETag} header
 * @param lastModified the {@code Last-Modified} header
 * @param role {@code robots}, {@code sitemap}, {@code listing}, {@code posting} or {@code api}
 * @param source the source name of the postings
 * @param profile the site profile's name or path, or null
 * @param unchanged true for a 304: the stored copy is the previous run's
 * @param code the reject code of a failure, or null
 * @param reason the failure's reason, or null
 * @param attempts how many times the URL was tried
 */
record IndexEntry(String url, String finalUrl, int status, String fetchedAt, String sha256,
        long bytes, String file, String contentType, String etag, String lastModified,
        String role, String source, String profile, boolean unchanged, String code,
        String reason, int attempts) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The JSON line (without the line break). */
    String toJson() {
        ObjectNode o = FranceTravailSourceReader.JSON.createObjectNode();
        o.put("url", url);
        put(o, "final_url", finalUrl != null && !finalUrl.equals(url) ? finalUrl : null);
        o.put("status", status);
        put(o, "fetched_at", fetchedAt);
        put(o, "sha256", sha256);
        if (sha256 != null) {
            o.put("bytes", bytes);
        }
        put(o, "file", file);
        put(o, "content_type", contentType);
        put(o, "etag", etag);
        put(o, "last_modified", lastModified);
        put(o, "role", role);
        put(o, "source", source);
        put(o, "profile", profile);
        if (unchanged) {
            o.put("unchanged", true);
        }
        put(o, "code", code);
        put(o, "reason", reason);
        if (attempts > 1) {
            o.put("attempts", attempts);
        }
        return o.toString();
    }

    /** An entry read back from its JSON line. */
    static IndexEntry fromJson(JsonNode o) {
        String url = text(o, "url");
        if (url == null) {
            throw new IllegalArgumentException("missing \"url\"");
        }
        return new IndexEntry(url, text(o, "final_url") == null ? url : text(o, "final_url"),
                o.path("status").asInt(0), text(o, "fetched_at"), text(o, "sha256"),
                o.path("bytes").asLong(0), text(o, "file"), text(o, "content_type"), text(o, "etag"),
                text(o, "last_modified"), text(o, "role"), text(o, "source"), text(o, "profile"),
                o.path("unchanged").asBoolean(false), text(o, "code"), text(o, "reason"),
                o.path("attempts").asInt(1));
    }

    private static String text(JsonNode o, String name) {
        JsonNode n = o.path(name);
        return n.isValueNode() && !n.isNull() ? n.asText() : null;
    }

    private static void put(ObjectNode o, String name, String value) {
        if (value != null) {
            o.put(name, value);
        }
    }
}
