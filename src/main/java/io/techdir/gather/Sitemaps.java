package io.techdir.gather;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
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
 * further sitemaps. A gzip-compressed sitemap ({@code .xml.gz}: known by its magic bytes, not its
 * name) is decompressed up to 50 MiB, the most sitemaps.org allows. XML is parsed with DOCTYPEs
 * refused and external entities, DTDs and XInclude off, so a hostile sitemap cannot read local
 * files or reach other hosts (XXE).
 */
final class Sitemaps {

    /** The largest sitemap once decompressed: sitemaps.org says 50 MB (taken as MiB). */
    static final int MAX_UNCOMPRESSED = 50 * 1024 * 1024;

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
     * Parses a sitemap, gzip-compressed or not.
     *
     * @throws IllegalArgumentException with the XML parser's message, for malformed XML or a
     *     DOCTYPE; or saying the gzip is broken or too large
     */
    static Sitemap parse(byte[] body) {
        return parse(body, MAX_UNCOMPRESSED);
    }

    /** {@link #parse(byte[])} with another limit on the decompressed size. */
    static Sitemap parse(byte[] body, int maxUncompressed) {
        byte[] xml = isGzip(body) ? gunzip(body, maxUncompressed) : body;
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

    /** Whether a body starts with gzip's magic bytes {@code 1F 8B}. */
    static boolean isGzip(byte[] body) {
        return body.length >= 2 && (body[0] & 0xFF) == 0x1F && (body[1] & 0xFF) == 0x8B;
    }

    /** Decompresses a gzip body, refusing one larger than {@code max} bytes once decompressed. */
    private static byte[] gunzip(byte[] body, int max) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            byte[] out = in.readNBytes(max);
            if (in.read() >= 0) {
                throw new IllegalArgumentException("gzip of more than " + max
                        + " bytes once decompressed");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable gzip (" + e.getMessage() + ")", e);
        }
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
