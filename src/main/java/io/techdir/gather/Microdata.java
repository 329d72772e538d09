package io.techdir.gather;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads schema.org {@code JobPosting} microdata ({@code itemscope itemtype=".../JobPosting"})
 * into the JSON-LD shape, so one mapping serves both: each {@code itemprop} belongs to its nearest
 * {@code itemscope}; a nested item becomes an object; a value is {@code content}, {@code
 * datetime}, {@code href}/{@code src} or the element's text (lines kept). Pure.
 */
final class Microdata {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Microdata() {
    }

    /** The JobPosting items of a page, as JSON-LD-shaped objects. */
    static List<JsonNode> find(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element scope : doc.select("[itemscope][itemtype]")) {
            if (isJobPosting(scope) && !insideJobPosting(scope)) {
                out.add(item(scope));
            }
        }
        return out;
    }

    private static boolean isJobPosting(Element e) {
        for (String type : e.attr("itemtype").strip().split("\\s+")) {
            if (type.toLowerCase(Locale.ROOT).matches("https?://(www\\.)?schema\\.org/jobposting")) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideJobPosting(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("itemscope") && isJobPosting(p)) {
                return true;
            }
        }
        return false;
    }

    private static ObjectNode item(Element scope) {
        ObjectNode o = NODES.objectNode();
        String type = scope.attr("itemtype").strip();
        if (!type.isEmpty()) {
            o.put("@type", type.substring(type.lastIndexOf('/') + 1));
        }
        List<Element> props = new ArrayList<>();
        properties(scope, props);
        for (Element prop : props) {
            JsonNode value = prop.hasAttr("itemscope") ? item(prop) : NODES.textNode(value(prop));
            for (String name : prop.attr("itemprop").strip().split("\\s+")) {
                if (name.isEmpty()) {
                    continue;
                }
                JsonNode old = o.get(name);
                if (old == null) {
                    o.set(name, value);
                } else if (old.isArray()) {
                    ((ArrayNode) old).add(value);
                } else {
                    o.set(name, NODES.arrayNode().add(old).add(value));
                }
            }
        }
        return o;
    }

    /** The itemprop elements whose nearest itemscope is {@code scope}. */
    private static void properties(Element scope, List<Element> out) {
        for (Element child : scope.children()) {
            if (child.hasAttr("itemprop")) {
                out.add(child);
            }
            if (!child.hasAttr("itemscope")) {
                properties(child, out);
            }
        }
    }

    private static String value(Element e) {
        if (e.hasAttr("content")) {
            return e.attr("content").strip();
        }
        return switch (e.normalName()) {
            case "a", "link", "area" -> e.absUrl("href").isEmpty() ? e.attr("href") : e.absUrl("href");
            case "img", "audio", "video", "source", "iframe", "embed" -> e.absUrl("src");
            case "time" -> e.hasAttr("datetime") ? e.attr("datetime").strip() : e.text();
            case "data", "meter" -> e.attr("value").strip();
            default -> HtmlText.of(e);
        };
    }
}
