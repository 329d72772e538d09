package io.techdir.gather;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds schema.org {@code JobPosting} objects in a page's JSON-LD scripts: a single object, an
 * array, an {@code @graph}, or nested in another object (a {@code WebPage}'s {@code mainEntity}).
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

    static Found find(Document doc) {
        List<JsonNode> postings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
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
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                errors.add("'" + firstLine(e.getOriginalMessage()) + "' (script " + index
                        + ", line " + line + ")");
            } catch (java.io.IOException e) {
                errors.add("'" + RecordIterator.describe(e) + "' (script " + index + ")");
            }
        }
        return new Found(List.copyOf(postings), List.copyOf(errors));
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
