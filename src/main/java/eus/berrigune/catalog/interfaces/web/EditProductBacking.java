package eus.berrigune.catalog.interfaces.web;

import eus.berrigune.catalog.application.CatalogQueries;
import eus.berrigune.catalog.application.ProductDetails;
import eus.berrigune.catalog.application.ProductService;
import eus.berrigune.catalog.domain.CarbonMethod;
import eus.berrigune.catalog.domain.CeStatus;
import eus.berrigune.catalog.domain.EnvironmentalCertificate;
import eus.berrigune.catalog.domain.EvidenceData;
import eus.berrigune.catalog.domain.EvidenceDocument;
import eus.berrigune.catalog.domain.EvidenceKind;
import eus.berrigune.catalog.domain.HazardousSubstance;
import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.catalog.domain.Legislation;
import eus.berrigune.catalog.domain.NiceTier;
import eus.berrigune.catalog.domain.RiskClass;
import eus.berrigune.catalog.domain.StudyDesign;
import eus.berrigune.identity.application.CurrentUser;
import eus.berrigune.identity.domain.Role;
import eus.berrigune.nomenclature.application.EmdnNomenclature;
import eus.berrigune.nomenclature.domain.EmdnTerm;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.NotFoundException;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import eus.berrigune.shared.interfaces.web.PageResponses;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/**
 * {@code /company/product.xhtml?id=…} (no id: a new draft): the whole product record, its evidence items and
 * documents, publication and archiving. Every change goes through {@link ProductService}; a failed change leaves the
 * stored product as it was and shows the errors next to the fields.
 */
@Named
@ViewScoped
public class EditProductBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "product";

    @Inject
    transient ProductService service;

    @Inject
    transient CatalogQueries queries;

    @Inject
    transient EmdnNomenclature emdn;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private long version;
    private ProductDetails product;
    private ProductForm form = new ProductForm();
    private EvidenceForm evidence = new EvidenceForm();
    private String emdnQuery;
    private List<EmdnTerm> emdnResults = List.of();
    private transient Part upload;
    private boolean uploadBuyerOnly;
    private boolean confirmingArchive;
    /** The evidence item or document whose removal waits for confirmation (removals cannot be undone). */
    private Long pendingEvidenceRemoval;
    private Long pendingDocumentRemoval;
    private String archiveReason;

    public void load() throws IOException {
        currentUser.require(Role.SUPPLIER);
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id != null) {
            try {
                reload();
                if (!product.companyIdMatches(currentUser.require().organisationId())) {
                    throw new NotFoundException("product", id);
                }
            } catch (NotFoundException e) {
                PageResponses.notFound();
            }
        }
    }

    private void reload() {
        product = queries.details(id);
        version = product.version();
        form = ProductForm.of(product);
    }

    public String save() {
        try {
            if (id == null) {
                id = service.create(form.toRecord());
                reload();
                FacesMessages.info("company.product.message.created");
                return null;
            }
            service.update(id, version, form.toRecord());
            reload();
            FacesMessages.info("company.product.message.saved");
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
        return null;
    }

    public void searchEmdn() {
        emdnResults = emdn.search(emdnQuery == null ? "" : emdnQuery.substring(0, Math.min(emdnQuery.length(), 100)), 15);
        if (emdnResults.isEmpty()) {
            FacesMessages.error("company.product.emdn.none");
        }
    }

    public void chooseEmdn(String code) {
        form.setEmdnCode(code);
        emdnResults = List.of();
    }

    public String getEmdnTerm() {
        return form.getEmdnCode() == null ? null : emdn.find(form.getEmdnCode()).map(EmdnTerm::term).orElse(null);
    }

    public void addEvidence() {
        try {
            service.addEvidence(id, evidence.toData());
            evidence = new EvidenceForm();
            reload();
            FacesMessages.info("company.product.message.evidenceAdded");
        } catch (BusinessException e) {
            FacesMessages.show(e, "evidence");
        }
    }

    public void askRemoveEvidence(long itemId) {
        pendingEvidenceRemoval = itemId;
    }

    public void askRemoveDocument(long documentId) {
        pendingDocumentRemoval = documentId;
    }

    public void cancelRemoval() {
        pendingEvidenceRemoval = null;
        pendingDocumentRemoval = null;
    }

    public boolean isRemovalPending(long objectId, boolean document) {
        Long pending = document ? pendingDocumentRemoval : pendingEvidenceRemoval;
        return pending != null && pending == objectId;
    }

    public void removeEvidence(long itemId) {
        pendingEvidenceRemoval = null;
        try {
            service.removeEvidence(id, itemId);
            reload();
            FacesMessages.info("company.product.message.evidenceRemoved");
        } catch (BusinessException e) {
            FacesMessages.show(e, "evidence");
        }
    }

    public void uploadDocument() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw new ValidationException("file", "document.validation.empty");
            }
            if (upload.getSize() > EvidenceDocument.MAX_BYTES) {
                throw new ValidationException("file", "document.validation.tooLarge");
            }
            byte[] content;
            try (InputStream in = upload.getInputStream()) {
                content = in.readAllBytes();
            }
            service.uploadDocument(id, upload.getSubmittedFileName(), content, uploadBuyerOnly);
            upload = null;
            uploadBuyerOnly = false;
            reload();
            FacesMessages.info("company.product.message.documentUploaded");
        } catch (BusinessException e) {
            FacesMessages.show(e, "documents");
        } catch (IOException e) {
            FacesMessages.error("document.validation.unreadable");
        }
    }

    public void removeDocument(long documentId) {
        pendingDocumentRemoval = null;
        try {
            service.removeDocument(id, documentId);
            reload();
            FacesMessages.info("company.product.message.documentRemoved");
        } catch (BusinessException e) {
            FacesMessages.show(e, "documents");
        }
    }

    public void publish() {
        try {
            service.publish(id);
            reload();
            FacesMessages.info("company.product.message.published");
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    public void askArchive() {
        confirmingArchive = true;
    }

    public void cancelArchive() {
        confirmingArchive = false;
        archiveReason = null;
    }

    public void archive() {
        try {
            service.archive(id, archiveReason);
            confirmingArchive = false;
            archiveReason = null;
            reload();
            FacesMessages.info("company.product.message.archived");
        } catch (BusinessException e) {
            FacesMessages.show(e, "lifecycle");
        }
    }

    public Legislation[] getLegislations() {
        return Legislation.values();
    }

    public RiskClass[] getRiskClasses() {
        return RiskClass.values();
    }

    public CeStatus[] getCeStatuses() {
        return CeStatus.values();
    }

    public NiceTier[] getNiceTiers() {
        return NiceTier.values();
    }

    public InteroperabilityStandard[] getStandards() {
        return InteroperabilityStandard.values();
    }

    public CarbonMethod[] getMethods() {
        return CarbonMethod.values();
    }

    public EnvironmentalCertificate[] getCertificates() {
        return EnvironmentalCertificate.values();
    }

    public HazardousSubstance[] getSubstances() {
        return HazardousSubstance.values();
    }

    public EvidenceKind[] getEvidenceKinds() {
        return EvidenceKind.values();
    }

    public StudyDesign[] getStudyDesigns() {
        return StudyDesign.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public int[] getTrlLevels() {
        return new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isCreating() {
        return id == null;
    }

    public ProductDetails getProduct() {
        return product;
    }

    public ProductForm getForm() {
        return form;
    }

    public EvidenceForm getEvidence() {
        return evidence;
    }

    public String getEmdnQuery() {
        return emdnQuery;
    }

    public void setEmdnQuery(String emdnQuery) {
        this.emdnQuery = emdnQuery;
    }

    public List<EmdnTerm> getEmdnResults() {
        return emdnResults;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public boolean isUploadBuyerOnly() {
        return uploadBuyerOnly;
    }

    public void setUploadBuyerOnly(boolean uploadBuyerOnly) {
        this.uploadBuyerOnly = uploadBuyerOnly;
    }

    public boolean isConfirmingArchive() {
        return confirmingArchive;
    }

    public String getArchiveReason() {
        return archiveReason;
    }

    public void setArchiveReason(String archiveReason) {
        this.archiveReason = archiveReason;
    }

    /** The evidence item form. */
    public static class EvidenceForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private EvidenceKind kind;
        private StudyDesign design;
        private Integer population;
        private String title;
        private String summary;
        private Language language;
        private String reference;
        private Long documentId;

        EvidenceData toData() {
            return new EvidenceData(kind, design, population, title, blank(summary), language, blank(reference), documentId);
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        public EvidenceKind getKind() {
            return kind;
        }

        public void setKind(EvidenceKind kind) {
            this.kind = kind;
        }

        public StudyDesign getDesign() {
            return design;
        }

        public void setDesign(StudyDesign design) {
            this.design = design;
        }

        public Integer getPopulation() {
            return population;
        }

        public void setPopulation(Integer population) {
            this.population = population;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getSummary() {
            return summary;
        }

        public void setSummary(String summary) {
            this.summary = summary;
        }

        public Language getLanguage() {
            return language;
        }

        public void setLanguage(Language language) {
            this.language = language;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public Long getDocumentId() {
            return documentId;
        }

        public void setDocumentId(Long documentId) {
            this.documentId = documentId;
        }
    }
}
