package eus.berrigune.consultation.application;

import eus.berrigune.consultation.domain.Clarification;
import eus.berrigune.consultation.domain.Consultation;
import eus.berrigune.consultation.domain.ConsultationRepository;
import eus.berrigune.consultation.domain.ConsultationStatus;
import eus.berrigune.consultation.domain.ConsultationText;
import eus.berrigune.identity.application.IdentityService;
import eus.berrigune.identity.application.OrganisationSummary;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.shared.application.BrandingSettings;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The open-data exports of a consultation (docs/open-data.md): public, for anybody, once the consultation is
 * announced; a draft does not exist for them (not found), whoever asks. Reads only what {@link OpenDataSource} can
 * hold, so that no export can carry a company, an answer or a question as it was asked.
 */
@ApplicationScoped
@Transactional
public class ConsultationOpenData {

    @Inject
    ConsultationRepository consultations;

    @Inject
    IdentityService identity;

    @Inject
    EmdnNomenclature emdn;

    @Inject
    BrandingSettings branding;

    @Inject
    Clock clock;

    @Inject
    ConsultationService consultationService;

    /** The OCDS ocid prefix; register one with the Open Contracting Partnership for production. */
    @Inject
    @ConfigProperty(name = "berrigune.opendata.ocid-prefix", defaultValue = "ocds-berrigune-")
    String ocidPrefix;

    /** The eForms main classification of a consultation without CPV codes (33100000: medical equipments). */
    @Inject
    @ConfigProperty(name = "berrigune.opendata.default-cpv", defaultValue = "33100000")
    String defaultCpv;

    /** The application's public address for links in the exports; unset, the address the request came to. */
    @Inject
    @ConfigProperty(name = "berrigune.opendata.base-url")
    Optional<String> baseUrl;

    /** The OCDS 1.1 release package of a consultation past its draft. */
    public JsonObject ocds(long id, URI requestBase) {
        return export(requestBase).ocdsPackage(source(id));
    }

    /** The TED eForms E1 notice of a consultation past its draft, as XML text. */
    public String eforms(long id, URI requestBase) {
        return OpenDataExport.xml(export(requestBase).eformsNotice(source(id)));
    }

    private OpenDataExport export(URI requestBase) {
        String base = baseUrl.filter(u -> !u.isBlank()).orElse(requestBase.toString());
        return new OpenDataExport(new OpenDataExport.Settings(ocidPrefix, OpenDataExport.cpvDigits(defaultCpv.strip()),
                base, branding.getHealthSystemName()));
    }

    private OpenDataSource source(long id) {
        Consultation c = consultations.find(id).filter(Consultation::isPublic)
                .orElseThrow(() -> new NotFoundException("consultation", id));
        consultationService.advance(c, clock.instant());
        Map<Language, OpenDataSource.Text> texts = new EnumMap<>(Language.class);
        for (Map.Entry<Language, ConsultationText> t : c.getTexts().entrySet()) {
            ConsultationText text = t.getValue();
            texts.put(t.getKey(), new OpenDataSource.Text(text.getTitle(), text.getDescription(), text.getNeed(),
                    text.getParticipation()));
        }
        Map<String, String> emdnCodes = new TreeMap<>();
        for (String code : c.getEmdnCodes()) {
            emdnCodes.put(code, emdn.find(code).map(EmdnTerm::term).orElse(""));
        }
        OrganisationSummary buyer = identity.publicProfiles(List.of(c.getBuyerId())).get(c.getBuyerId());
        if (buyer == null) {
            throw new IllegalStateException("Consultation " + id + " has no buying organisation");
        }
        List<OpenDataSource.PublishedClarification> published = consultations.findClarifications(id).stream()
                .filter(q -> q.getStatus() == Clarification.Status.PUBLISHED)
                .map(q -> new OpenDataSource.PublishedClarification(q.getId(), q.getPublicQuestion(), q.getAnswer(),
                        q.getPublishedAt()))
                .sorted(Comparator.comparing(OpenDataSource.PublishedClarification::publishedAt)
                        .thenComparing(OpenDataSource.PublishedClarification::id))
                .toList();
        boolean cancelled = c.getStatus() == ConsultationStatus.CANCELLED;
        return new OpenDataSource(c.getId(), c.getStatus(), texts, emdnCodes,
                List.copyOf(c.getCpvCodes()), c.getScheduledAt(), c.getStartAt(), c.getDeadline(),
                cancelled ? c.getCancelReason() : null, cancelled ? c.getUpdatedAt() : null,
                new OpenDataSource.Buyer(buyer.id(), buyer.name(), buyer.city(), buyer.website(), buyer.email()),
                published);
    }
}
