package io.techdir.gather;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads sitemaps (sitemaps.org): a {@code <urlset>} lists pages, a {@code <sitemapindex>} lists
 * further sitemaps. XML is parsed with DOCTYPEs refused and external entities, DTDs and
 * XInclude off, so a hostile sitemap cannot read local files or reach other hosts (XXE).
 */
final class Sitemaps {

    private Sitemaps() {
    }

    /**
     * What a sitemap lists.
     *
     * @param pages page URLs ({@code <url><loc>}), in order
     * @param sitemaps further sitemap URLs ({@code <sitemap><loc>}), in order
     */
    record Sitemap(List<String> pages, List<String> sitemaps) {
    }

    /**
     * Parses a sitemap.
     *
     * @throws IllegalArgumentException with the XML parser's message, for malformed XML or a
     *     DOCTYPE
     */
    static Sitemap parse(byte[] xml) {
        Document doc;
        try {
            doc = safeBuilder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        List<String> pages = new ArrayList<>();
        List<String> sitemaps = new ArrayList<>();
        NodeList locs = doc.getElementsByTagNameNS("*", "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            Element loc = (Element) locs.item(i);
            String parent = loc.getParentNode() == null ? "" : loc.getParentNode().getLocalName();
            String text = loc.getTextContent().strip();
            if (text.isEmpty()) {
                continue;
            }
            if ("sitemap".equals(parent)) {
                sitemaps.add(text);
            } else if ("url".equals(parent)) {
                pages.add(text);
            }
        }
        return new Sitemap(List.copyOf(pages), List.copyOf(sitemaps));
    }

    /** A namespace-aware DOM builder that refuses DOCTYPEs and resolves nothing external. */
    static DocumentBuilder safeBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature", e);
        }
    }
}
