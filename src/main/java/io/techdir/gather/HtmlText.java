package io.techdir.gather;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text of HTML as a reader sees it: block elements and {@code <br>} end lines, white space inside
 * a line collapses, blank lines collapse to one. Also reads the HTML-escaped markup that JSON-LD
 * descriptions often hold ({@code &lt;p&gt;...}, sometimes escaped twice). Pure.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "h1", "h2",
            "h3", "h4", "h5", "h6", "tr", "table", "section", "article", "header", "footer", "dd",
            "dt", "dl", "blockquote", "pre", "hr", "main", "aside", "nav", "address", "figure");
    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern TAG = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*[\\s/>]|/[a-zA-Z]|!--)");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private HtmlText() {
    }

    /** The text of an element (and its descendants), lines kept. */
    static String of(Element element) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())
                        && !e.normalName().equals("br")) {
                    out.append('\n');
                }
            }
        }, element);
        return tidy(out.toString());
    }

    /**
     * Text from a string that may hold markup and entities, escaped up to three times: entities
     * are unescaped while any remain, then tags become line breaks and text.
     */
    static String fromMarkup(String value) {
        if (value == null) {
            return null;
        }
        String s = value;
        for (int i = 0; i < 3 && ENTITY.matcher(s).find(); i++) {
            s = Parser.unescapeEntities(s, false);
        }
        if (TAG.matcher(s).find()) {
            return of(Jsoup.parseBodyFragment(s).body());
        }
        return tidy(s.replace("\r\n", "\n").replace('\r', '\n'));
    }

    private static String tidy(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            b.append(SPACES.matcher(line).replaceAll(" ").strip()).append('\n');
        }
        String s = BLANK_LINES.matcher(b.toString()).replaceAll("\n\n").strip();
        return s;
    }
}
