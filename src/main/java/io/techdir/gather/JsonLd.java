package io.techdir.gather;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds schema.org {@code JobPosting} objects in a page's JSON-LD scripts: a single object, an
 * array, an {@code @graph}, or nested in another object (a {@code WebPage}'s {@code mainEntity});
 * a value given by {@code @id} reference is the node of that id in the page's JSON-LD.
 * Lenient where pages commonly are (raw line breaks in strings, a trailing comma, an HTML comment
 * or CDATA wrapper); a script that is still malformed is reported, not thrown. Pure.
 */
final class JsonLd {

    /** Jackson, lenient as browsers and search engines are with JSON-LD. */
    static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final int MAX_DEPTH = 12;

    private JsonLd() {
    }

    /**
     * What a page's JSON-LD holds.
     *
     * @param postings the JobPosting objects, in page order
     * @param errors one message per malformed script: {@code 'MESSAGE' (script N, line L)}
     */
    record Found(List<JsonNode> postings, List<String> errors) {
    }

    /**
     * The JobPostings of a page's JSON-LD scripts and the errors of the malformed ones. A node
     * given by reference ({@code "hiringOrganization": {"@id": "#org"}}: an object with no other
     * property than {@code @id} and {@code @type}) is replaced by the node of that {@code @id} in
     * any JSON-LD script of the page (an object with other properties; the first one when several
     * have it), its own references resolved too; ids match as written or resolved against the
     * page's URL ({@code #org} and {@code https://board.example/jobs/1#org}). A reference to no
     * node is left as it is.
     */
    static Found find(Document doc) {
        List<JsonNode> postings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, JsonNode> nodes = new HashMap<>();
        String base = doc.location();
        int index = 0;
        for (Element script : doc.select("script[type]")) {
            String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
            if (!type.startsWith("application/ld+json")) {
                continue;
            }
            index++;
            String data = unwrap(script.data());
            if (data.isEmpty()) {
                continue;
            }
            try (JsonParser parser = LENIENT.createParser(data)) {
                JsonNode root = LENIENT.readTree(parser);
                collect(root, postings, 0);
                identified(root, base, nodes, 0);
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                errors.add("'" + firstLine(e.getOriginalMessage()) + "' (script " + index
                        + ", line " + line + ")");
            } catch (java.io.IOException e) {
                errors.add("'" + RecordIterator.describe(e) + "' (script " + index + ")");
            }
        }
        if (!nodes.isEmpty()) {
            postings.replaceAll(p -> resolved(p, base, nodes, new HashSet<>(), 0));
        }
        return new Found(List.copyOf(postings), List.copyOf(errors));
    }

    /** Adds every node with an {@code @id} and other properties under {@code node} to {@code nodes}. */
    private static void identified(JsonNode node, String base, Map<String, JsonNode> nodes, int depth) {
        if (node == null || depth > MAX_DEPTH || !node.isContainerNode()) {
            return;
        }
        String id = node.isObject() && !isReference(node) ? id(node, base) : null;
        if (id != null) {
            nodes.putIfAbsent(id, node);
        }
        node.forEach(n -> identified(n, base, nodes, depth + 1));
    }

    /** {@code node} with its references replaced by the nodes they name (a copy when it has any). */
    private static JsonNode resolved(JsonNode node, String base, Map<String, JsonNode> nodes, Set<String> open,
            int depth) {
        if (depth > MAX_DEPTH || !node.isContainerNode()) {
            return node;
        }
        if (node.isObject() && isReference(node)) {
            String id = id(node, base);
            JsonNode target = id == null ? null : nodes.get(id);
            if (target == null || !open.add(id)) {
                return node; // nothing of that id, or a cycle
            }
            JsonNode out = resolved(target, base, nodes, open, depth + 1);
            open.remove(id);
            return out;
        }
        if (node.isArray()) {
            ArrayNode out = LENIENT.createArrayNode();
            node.forEach(n -> out.add(resolved(n, base, nodes, open, depth + 1)));
            return out;
        }
        ObjectNode out = LENIENT.createObjectNode();
        node.fields().forEachRemaining(f -> out.set(f.getKey(), resolved(f.getValue(), base, nodes, open, depth + 1)));
        return out;
    }

    /** Whether an object only names another node: no property but {@code @id} and {@code @type}. */
    private static boolean isReference(JsonNode node) {
        if (!node.path("@id").isTextual()) {
            return false;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("@id") && !name.equals("@type")) {
                return false;
            }
        }
        return true;
    }

    /** An object's {@code @id} resolved against the page's URL (as written when either is not a URI). */
    private static String id(JsonNode node, String base) {
        String id = node.path("@id").isTextual() ? node.path("@id").asText().strip() : "";
        if (id.isEmpty()) {
            return null;
        }
        try {
            return base == null || base.isEmpty() ? id : URI.create(base).resolve(id).toString();
        } catch (IllegalArgumentException e) {
            return id;
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (isType(node, "JobPosting")) {
            out.add(node);
            return;
        }
        for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
            collect(it.next(), out, depth + 1);
        }
    }

    /** Whether {@code @type} (a string or an array) names {@code type}, with or without a prefix, in any case. */
    static boolean isType(JsonNode node, String type) {
        JsonNode t = node.path("@type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (typeName(x.asText()).equalsIgnoreCase(type)) {
                    return true;
                }
            }
            return false;
        }
        return t.isTextual() && typeName(t.asText()).equalsIgnoreCase(type);
    }

    private static String typeName(String t) {
        int cut = Math.max(t.lastIndexOf('/'), Math.max(t.lastIndexOf(':'), t.lastIndexOf('#')));
        return t.substring(cut + 1).strip();
    }

    private static String unwrap(String data) {
        String s = data.strip();
        if (s.startsWith("<!--")) {
            s = s.substring(4);
            s = s.endsWith("-->") ? s.substring(0, s.length() - 3) : s;
        }
        if (s.startsWith("//<![CDATA[") || s.startsWith("<![CDATA[")) {
            s = s.substring(s.indexOf("[CDATA[") + 7);
            int end = s.lastIndexOf("]]>");
            s = end >= 0 ? s.substring(0, end) : s;
            s = s.endsWith("//") ? s.substring(0, s.length() - 2) : s;
        }
        return s.strip();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return (nl >= 0 ? message.substring(0, nl) : message).strip();
    }
}
