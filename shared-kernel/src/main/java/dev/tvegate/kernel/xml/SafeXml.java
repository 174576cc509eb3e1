package dev.tvegate.kernel.xml;

import java.io.IOException;
import java.io.StringReader;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * DOM parsing hardened against XML External Entity (XXE) and entity-expansion ("billion laughs") attacks, for the
 * XML that reaches TVE Gate from outside: SAML responses, MVPD answers, v1 request bodies.
 * <p>
 * Any {@code DOCTYPE} is refused outright, which by itself defeats both attacks; external general and parameter
 * entities, external DTD loading, XInclude and entity-reference expansion are also switched off, and secure
 * processing is on, in case a future parser ignores one of the settings. Documents are parsed namespace-aware.
 */
public final class SafeXml {

    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    private static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
    private static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
    private static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";

    private static final ErrorHandler FAIL_FAST = new ErrorHandler() {
        @Override
        public void warning(SAXParseException exception) {
            // warnings do not make the document unusable
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    };

    private SafeXml() {
    }

    /** @return a new hardened, namespace-aware builder (builders are not thread-safe: use one per parse) */
    public static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
            builder.setErrorHandler(FAIL_FAST);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("External entities are not allowed: " + systemId);
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser does not support the required security features", e);
        }
    }

    /**
     * Parses a document.
     *
     * @throws IllegalArgumentException on a null or malformed document, or one with a DOCTYPE
     */
    public static Document parse(String xml) {
        if (xml == null) {
            throw new IllegalArgumentException("Invalid XML: the document is missing");
        }
        try {
            return newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("Invalid XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("Invalid XML: " + e.getMessage());
        }
    }

    private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature(DISALLOW_DOCTYPE, true);
        factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
        factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
        factory.setFeature(LOAD_EXTERNAL_DTD, false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(true);
        trySetAttribute(factory, XMLConstants.ACCESS_EXTERNAL_DTD);
        trySetAttribute(factory, XMLConstants.ACCESS_EXTERNAL_SCHEMA);
        return factory;
    }

    /** Forbids every protocol for external access; some parsers do not know the attribute, which is fine. */
    private static void trySetAttribute(DocumentBuilderFactory factory, String attribute) {
        try {
            factory.setAttribute(attribute, "");
        } catch (IllegalArgumentException e) {
            // not supported by this implementation: the DOCTYPE ban above already covers it
        }
    }
}
