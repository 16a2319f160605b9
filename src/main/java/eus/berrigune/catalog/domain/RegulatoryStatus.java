package eus.berrigune.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/**
 * Regulatory status of a product: legislation, class, CE marking, notified body and certificate. Immutable; a change
 * replaces the whole value.
 */
@Embeddable
public class RegulatoryStatus {

    public static final int NB_NAME_MAX = 200;
    public static final int CERTIFICATE_MAX = 64;
    public static final int UDI_MAX = 64;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Legislation legislation;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_class", length = 16)
    private RiskClass riskClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "ce_status", length = 16)
    private CeStatus ceStatus;

    @Column(name = "notified_body_number", length = 4)
    private String notifiedBodyNumber;

    @Column(name = "notified_body_name", length = NB_NAME_MAX)
    private String notifiedBodyName;

    @Column(name = "certificate_number", length = CERTIFICATE_MAX)
    private String certificateNumber;

    @Column(name = "certificate_expiry")
    private LocalDate certificateExpiry;

    @Column(name = "basic_udi_di", length = UDI_MAX)
    private String basicUdiDi;

    protected RegulatoryStatus() {}

    public RegulatoryStatus(
            Legislation legislation,
            RiskClass riskClass,
            CeStatus ceStatus,
            String notifiedBodyNumber,
            String notifiedBodyName,
            String certificateNumber,
            LocalDate certificateExpiry,
            String basicUdiDi) {
        this.legislation = legislation;
        this.riskClass = riskClass;
        this.ceStatus = ceStatus;
        this.notifiedBodyNumber = notifiedBodyNumber;
        this.notifiedBodyName = notifiedBodyName;
        this.certificateNumber = certificateNumber;
        this.certificateExpiry = certificateExpiry;
        this.basicUdiDi = basicUdiDi;
    }

    public static RegulatoryStatus empty() {
        return new RegulatoryStatus();
    }

    /** Whether a certificate exists and its expiry date is before {@code today}. */
    public boolean isCertificateExpired(LocalDate today) {
        return certificateExpiry != null && certificateExpiry.isBefore(today);
    }

    /** Whether the certificate expires within the given number of days from {@code today} (and has not yet). */
    public boolean isCertificateExpiringWithin(LocalDate today, int days) {
        return certificateExpiry != null
                && !certificateExpiry.isBefore(today)
                && !certificateExpiry.isAfter(today.plusDays(days));
    }

    public boolean needsNotifiedBody() {
        return ceStatus == CeStatus.CE_MARKED && riskClass != null && riskClass.needsNotifiedBody();
    }

    public Legislation getLegislation() {
        return legislation;
    }

    public RiskClass getRiskClass() {
        return riskClass;
    }

    public CeStatus getCeStatus() {
        return ceStatus;
    }

    public String getNotifiedBodyNumber() {
        return notifiedBodyNumber;
    }

    public String getNotifiedBodyName() {
        return notifiedBodyName;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getCertificateExpiry() {
        return certificateExpiry;
    }

    public String getBasicUdiDi() {
        return basicUdiDi;
    }
}
