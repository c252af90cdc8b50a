package io.ledgerbridge.qbo.client.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The first error of a QuickBooks fault body, whichever of its shapes it came in: the data-service JSON
 * ({@code {"Fault":{"Error":[{"Message","Detail","code","element"}],"type"}}}), the gateway JSON of 401/403
 * ({@code {"fault":{"error":[{"message","detail","code","element"}],"type"}}}), the XML QuickBooks sends with a 429
 * even when JSON was asked for, or anything else (an HTML page from the load balancer, plain text).
 */
record ParsedFault(String type, String code, String message, String detail, String element) {
    private static final int SNIPPET = 300;

    static final ParsedFault NONE = new ParsedFault(null, null, null, null, null);

    static ParsedFault parse(String body, ObjectMapper mapper) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            return NONE;
        }
        if (text.startsWith("{")) {
            try {
                return fromJson(mapper.readTree(text));
            } catch (IOException e) {
                return snippet(text);
            }
        }
        if (text.startsWith("<?xml") || text.startsWith("<IntuitResponse") || text.startsWith("<Fault")) {
            ParsedFault xml = fromXml(text);
            if (xml != null) {
                return xml;
            }
        }
        return snippet(text);
    }

    /** Reads a JSON envelope holding {@code Fault} or gateway {@code fault}; NONE if it holds neither. */
    static ParsedFault fromJson(JsonNode envelope) {
        if (envelope.hasNonNull("Fault")) {
            return fromFaultNode(envelope.get("Fault"), "Error", "Message", "Detail");
        }
        if (envelope.hasNonNull("fault")) {
            return fromFaultNode(envelope.get("fault"), "error", "message", "detail");
        }
        return NONE;
    }

    /** Reads a data-service {@code Fault} object, as found at the top level or inside a batch item. */
    static ParsedFault fromFault(JsonNode fault) {
        return fromFaultNode(fault, "Error", "Message", "Detail");
    }

    private static ParsedFault fromFaultNode(JsonNode fault, String errors, String message, String detail) {
        JsonNode first = fault.path(errors).path(0);
        return new ParsedFault(text(fault.get("type")), text(first.get("code")), text(first.get(message)),
                text(first.get(detail)), text(first.get("element")));
    }

    private static ParsedFault fromXml(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            NodeList errors = doc.getElementsByTagNameNS("*", "Error");
            if (errors.getLength() == 0) {
                return null;
            }
            Element error = (Element) errors.item(0);
            Element fault = error.getParentNode() instanceof Element parent ? parent : null;
            return new ParsedFault(fault == null ? null : blankToNull(fault.getAttribute("type")),
                    blankToNull(error.getAttribute("code")), child(error, "Message"), child(error, "Detail"),
                    blankToNull(error.getAttribute("element")));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            return null;
        }
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        return nodes.getLength() == 0 ? null : blankToNull(nodes.item(0).getTextContent());
    }

    private static ParsedFault snippet(String text) {
        String plain = text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
        return new ParsedFault(null, null, null,
                plain.length() > SNIPPET ? plain.substring(0, SNIPPET) + "…" : blankToNull(plain), null);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : blankToNull(node.asText());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
