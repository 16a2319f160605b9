package eus.berrigune.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eus.berrigune.shared.domain.FieldError;
import eus.berrigune.shared.domain.InvalidStateException;
import eus.berrigune.shared.domain.Language;
import eus.berrigune.shared.domain.ValidationException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static ProductRecord complete() {
        return new ProductRecord(
                Map.of(Language.EN, new ProductText("Monitor", "Remote monitoring.", "Monitoring of adults.")),
                "Z12", Set.of("33195100-4"), "https://example.eus",
                new RegulatoryStatus(Legislation.MDR, RiskClass.IIA, CeStatus.CE_MARKED, "0318", "AEMPS", "C-1",
                        LocalDate.of(2030, 1, 1), "UDI1"),
                9, null, Set.of(InteroperabilityStandard.HL7_FHIR),
                new SustainabilityProfile(new BigDecimal("12.5"), "one device", CarbonMethod.ISO_14067, 2024, true, 60,
                        false, true, null, null),
                Set.of(), Set.of());
    }

    static ProductRecord nameOnly() {
        return new ProductRecord(Map.of(Language.EU, new ProductText("Izena", null, null)), null, null, null, null,
                null, null, null, null, null, null);
    }

    @Test
    void aNewProductIsADraft() {
        assertThat(new Product(1, complete()).getStatus()).isEqualTo(ProductStatus.DRAFT);
    }

    @Test
    void anInvalidRecordIsRefusedWithEveryFieldError() {
        ProductRecord invalid = new ProductRecord(Map.of(), "z-12", Set.of("123"), "ftp://x", null, 10, null, null,
                null, null, null);
        assertThatThrownBy(() -> new Product(1, invalid))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getFieldErrors())
                        .extracting(FieldError::field)
                        .contains("texts", "emdnCode", "cpvCodes", "website", "trl"));
    }

    @Test
    void publicationNeedsACompleteRecordAndListsWhatIsMissing() {
        Product product = new Product(1, nameOnly());
        assertThat(product.readiness()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("texts", "emdnCode", "trl", "regulatory.legislation");
        assertThatThrownBy(() -> product.publish(NOW)).isInstanceOf(ValidationException.class);
        assertThat(product.getStatus()).isEqualTo(ProductStatus.DRAFT);
    }

    @Test
    void aCeMarkedClassIIaProductNeedsItsNotifiedBodyAndCertificate() {
        ProductRecord c = complete();
        ProductRecord withoutCertificate = new ProductRecord(c.texts(), c.emdnCode(), c.cpvCodes(), c.website(),
                new RegulatoryStatus(Legislation.MDR, RiskClass.IIA, CeStatus.CE_MARKED, null, null, null, null, null),
                c.trl(), null, null, null, null, null);
        assertThat(new Product(1, withoutCertificate).readiness()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("regulatory.notifiedBodyNumber", "regulatory.certificateNumber");
        ProductRecord classOne = new ProductRecord(c.texts(), c.emdnCode(), c.cpvCodes(), c.website(),
                new RegulatoryStatus(Legislation.MDR, RiskClass.I, CeStatus.CE_MARKED, null, null, null, null, null),
                c.trl(), null, null, null, null, null);
        assertThat(new Product(1, classOne).readiness()).isEmpty();
    }

    @Test
    void aRiskClassMustBelongToTheLegislation() {
        ProductRecord c = complete();
        ProductRecord mismatch = new ProductRecord(c.texts(), c.emdnCode(), null, null,
                new RegulatoryStatus(Legislation.MDR, RiskClass.IVD_C, CeStatus.CE_MARKED, null, null, null, null, null),
                9, null, null, null, null, null);
        assertThat(mismatch.validate()).extracting(FieldError::field).contains("regulatory.riskClass");
    }

    @Test
    void aFootprintNeedsItsUnitAndMethod() {
        ProductRecord c = complete();
        ProductRecord bare = new ProductRecord(c.texts(), null, null, null, null, null, null, null,
                new SustainabilityProfile(BigDecimal.ONE, null, null, null, null, 101, null, null, null, null),
                null, null);
        assertThat(bare.validate()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "sustainability.declaredUnit", "sustainability.method", "sustainability.recyclablePercent");
    }

    @Test
    void publishArchiveAndPublishAgain() {
        Product product = new Product(1, complete());
        product.publish(NOW);
        assertThat(product.getStatus()).isEqualTo(ProductStatus.PUBLISHED);
        assertThatThrownBy(() -> product.publish(NOW)).isInstanceOf(InvalidStateException.class);
        product.archive("Replaced", NOW);
        assertThat(product.getStatus()).isEqualTo(ProductStatus.ARCHIVED);
        assertThat(product.getArchiveReason()).isEqualTo("Replaced");
        assertThatThrownBy(() -> product.archive(null, NOW)).isInstanceOf(InvalidStateException.class);
        product.publish(NOW);
        assertThat(product.getStatus()).isEqualTo(ProductStatus.PUBLISHED);
        assertThat(product.getArchiveReason()).isNull();
    }

    @Test
    void aPublishedProductCannotLoseARequiredField() {
        Product product = new Product(1, complete());
        product.publish(NOW);
        assertThatThrownBy(() -> product.update(nameOnly())).isInstanceOf(ValidationException.class);
        assertThat(product.getEmdnCode()).isEqualTo("Z12");
    }

    @Test
    void theCertificateFlagFollowsTheDate() {
        Product product = new Product(1, complete());
        assertThat(product.isCertificateExpired(LocalDate.of(2029, 12, 31))).isFalse();
        assertThat(product.isCertificateExpired(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(product.isCertificateExpired(LocalDate.of(2030, 1, 2))).isTrue();
        assertThat(product.getRegulatory().isCertificateExpiringWithin(LocalDate.of(2029, 11, 1), 90)).isTrue();
        assertThat(product.getRegulatory().isCertificateExpiringWithin(LocalDate.of(2029, 9, 1), 90)).isFalse();
    }

    @Test
    void evidenceOfADraftCannotBeReviewed() {
        Product product = new Product(1, complete());
        product.addEvidence(new EvidenceData(EvidenceKind.CLINICAL_OUTCOME, StudyDesign.RCT, 10, "Trial", null,
                Language.EN, null, null));
        assertThat(product.evidenceLevel()).isEqualTo(EvidenceLevel.RANDOMISED);
        assertThat(product.getEvidence()).hasSize(1);
        assertThatThrownBy(() -> product.addEvidence(new EvidenceData(null, null, -1, " ", null, null, null, 99L)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getFieldErrors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("kind", "design", "title", "population", "documentId"));
    }

    @Test
    void textsFallBackToAnotherLanguage() {
        Product product = new Product(1, nameOnly());
        assertThat(product.textFor(Language.EN)).hasValueSatisfying(e -> assertThat(e.getKey()).isEqualTo(Language.EU));
        assertThat(product.textFor(Language.EU)).hasValueSatisfying(e -> assertThat(e.getValue().getName()).isEqualTo("Izena"));
    }
}
