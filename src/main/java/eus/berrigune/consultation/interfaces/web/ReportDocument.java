package eus.berrigune.consultation.interfaces.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import eus.berrigune.consultation.application.OpenDataExport;
import eus.berrigune.consultation.application.ReportView;
import eus.berrigune.shared.application.MessageBundle;
import eus.berrigune.shared.domain.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The report as a document: XHTML written element by element (so every text is escaped), rendered to a tagged,
 * accessible PDF (PDF/UA) with embedded fonts. The same sections, in the same order, as the report page.
 */
public final class ReportDocument {

    private final ReportView report;
    private final Language language;
    private final ZoneId zone;

    public ReportDocument(ReportView report, Language language, ZoneId zone) {
        this.report = report;
        this.language = language;
        this.zone = zone;
    }

    /** The report as a PDF/UA document. */
    public void writePdf(OutputStream out) {
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
            builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml(), null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] pdf() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writePdf(out);
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        InputStream in = ReportDocument.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from the application");
        }
        return in;
    }

    /** The report as an XHTML document (what the PDF renders). */
    public String xhtml() {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            w.writeStartElement("html");
            w.writeDefaultNamespace("http://www.w3.org/1999/xhtml");
            w.writeAttribute("lang", language.code());
            w.writeStartElement("head");
            element(w, "title", msg("consultation.report.title") + " · " + report.title());
            w.writeStartElement("meta");
            w.writeAttribute("name", "subject");
            w.writeAttribute("content", OpenDataExport.xmlCharacters(report.title()));
            w.writeEndElement();
            element(w, "style", "body { font-family: 'DejaVu Sans'; font-size: 10.5pt; line-height: 1.4; }"
                    + " h1 { font-size: 16pt; } h2 { font-size: 12.5pt; margin-top: 14pt; }"
                    + " p.pre { white-space: pre-line; } dt { font-weight: bold; } dd { margin: 0 0 4pt 0; }"
                    + " @page { size: A4; margin: 20mm; }");
            w.writeEndElement();
            w.writeStartElement("body");
            element(w, "h1", msg("consultation.report.title") + ": " + report.title());
            element(w, "p", report.buyerName() + " · " + (report.publishedAt() == null ? msg("consultation.report.draft")
                    : msg("consultation.report.publishedOn") + " " + date(report.publishedAt())));

            heading(w, "consultation.report.section.object");
            paragraph(w, report.description());
            if (report.need() != null) {
                paragraph(w, msg("consultation.field.need") + ": " + report.need());
            }
            w.writeStartElement("dl");
            definition(w, msg("consultation.edit.kind"), msg("ConsultationKind." + report.kind().name()));
            definition(w, msg("field.emdnCodes"), String.join("; ", report.emdnCodes()));
            if (!report.cpvCodes().isEmpty()) {
                definition(w, msg("field.cpvCodes"), String.join(", ", report.cpvCodes()));
            }
            w.writeEndElement();

            heading(w, "consultation.report.section.dates");
            w.writeStartElement("dl");
            definition(w, msg("consultation.report.announced"), date(report.scheduledAt()));
            definition(w, msg("field.startAt"), date(report.startAt()));
            definition(w, msg("field.deadline"), date(report.deadline()));
            w.writeEndElement();

            heading(w, "consultation.report.section.advisers");
            if (report.advisers().isEmpty()) {
                paragraph(w, msg("consultation.advisers.none"));
            } else {
                list(w, report.advisers().stream().map(a -> a.name()
                        + (a.affiliation() == null ? "" : " (" + a.affiliation() + ")") + ": " + a.reason()).toList());
            }

            heading(w, "consultation.report.section.studies");
            paragraph(w, orNone(report.text().studies()));

            heading(w, "consultation.report.section.entities");
            if (report.entitiesConsulted().isEmpty()) {
                paragraph(w, msg("consultation.report.noEntities"));
            } else {
                list(w, report.entitiesConsulted());
            }

            heading(w, "consultation.report.section.questions");
            w.writeStartElement("ol");
            for (String q : report.questions()) {
                element(w, "li", q);
            }
            w.writeEndElement();
            if (!report.clarifications().isEmpty()) {
                element(w, "h3", msg("consultation.clarifications"));
                w.writeStartElement("dl");
                for (ReportView.Clarified c : report.clarifications()) {
                    definition(w, c.question(), c.answer());
                }
                w.writeEndElement();
            }

            heading(w, "consultation.report.section.summary");
            paragraph(w, orNone(report.text().answersSummary()));

            heading(w, "consultation.report.section.sessions");
            if (report.sessions().isEmpty()) {
                paragraph(w, msg("consultation.report.noSessions"));
            } else {
                w.writeStartElement("dl");
                for (ReportView.Held held : report.sessions()) {
                    definition(w, msg(held.oneToOne() ? "ConsultationSessionKind.ONE_TO_ONE" : "ConsultationSessionKind.INFORMATION")
                            + ", " + date(held.startsAt()), held.minutes());
                }
                w.writeEndElement();
            }

            heading(w, "consultation.report.section.conclusions");
            paragraph(w, orNone(report.text().conclusions()));

            heading(w, "consultation.report.section.equalTreatment");
            paragraph(w, orNone(report.text().equalTreatment()));

            w.writeEndElement();
            w.writeEndElement();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the report document", e);
        }
        return text.toString();
    }

    private String msg(String key) {
        return MessageBundle.get(language, key);
    }

    private String orNone(String text) {
        return text == null || text.isBlank() ? msg("consultation.report.none") : text;
    }

    private String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.locale()).withZone(zone).format(instant) + " (" + zone.getId() + ")";
    }

    private void heading(XMLStreamWriter w, String key) throws XMLStreamException {
        element(w, "h2", msg(key));
    }

    private static void paragraph(XMLStreamWriter w, String text) throws XMLStreamException {
        if (text != null && !text.isBlank()) {
            w.writeStartElement("p");
            w.writeAttribute("class", "pre");
            w.writeCharacters(OpenDataExport.xmlCharacters(text));
            w.writeEndElement();
        }
    }

    private static void list(XMLStreamWriter w, List<String> items) throws XMLStreamException {
        w.writeStartElement("ul");
        for (String item : items) {
            element(w, "li", item);
        }
        w.writeEndElement();
    }

    private static void definition(XMLStreamWriter w, String term, String description) throws XMLStreamException {
        element(w, "dt", term);
        element(w, "dd", description);
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text == null ? "" : OpenDataExport.xmlCharacters(text));
        w.writeEndElement();
    }
}
