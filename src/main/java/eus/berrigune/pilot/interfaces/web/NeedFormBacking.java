package eus.berrigune.pilot.interfaces.web;

import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.pilot.application.NeedService;
import eus.berrigune.pilot.domain.ClinicalNeed;
import eus.berrigune.shared.domain.BusinessException;
import eus.berrigune.shared.interfaces.web.FacesMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code /pilots/need-new.xhtml}: a clinician (or any buying staff) describes an unmet clinical need. */
@Named
@ViewScoped
public class NeedFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "need";

    @Inject
    transient NeedService needs;

    private String title;
    private String problem;
    private String careSetting;
    private String hospital;
    private String department;
    private Integer patientsAffected;
    private String desiredOutcomes;
    private String constraints;
    private String emdnCodes;
    private List<String> requiredStandards = List.of();

    public void save() throws IOException {
        try {
            Set<String> codes = new LinkedHashSet<>();
            if (emdnCodes != null) {
                Arrays.stream(emdnCodes.split("[\\s,;]+")).filter(c -> !c.isBlank()).forEach(codes::add);
            }
            long id = needs.create(new ClinicalNeed.NeedData(title, problem, careSetting, hospital, department,
                    patientsAffected, desiredOutcomes, constraints, codes, standards()));
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/pilots/need.xhtml?id=" + id + "&created=true");
        } catch (BusinessException e) {
            FacesMessages.show(e, FORM);
        }
    }

    private Set<InteroperabilityStandard> standards() {
        Set<InteroperabilityStandard> chosen = new LinkedHashSet<>();
        for (InteroperabilityStandard s : InteroperabilityStandard.values()) {
            if (requiredStandards.contains(s.name())) {
                chosen.add(s);
            }
        }
        return chosen;
    }

    public InteroperabilityStandard[] getStandards() {
        return InteroperabilityStandard.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getCareSetting() {
        return careSetting;
    }

    public void setCareSetting(String careSetting) {
        this.careSetting = careSetting;
    }

    public String getHospital() {
        return hospital;
    }

    public void setHospital(String hospital) {
        this.hospital = hospital;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public Integer getPatientsAffected() {
        return patientsAffected;
    }

    public void setPatientsAffected(Integer patientsAffected) {
        this.patientsAffected = patientsAffected;
    }

    public String getDesiredOutcomes() {
        return desiredOutcomes;
    }

    public void setDesiredOutcomes(String desiredOutcomes) {
        this.desiredOutcomes = desiredOutcomes;
    }

    public String getConstraints() {
        return constraints;
    }

    public void setConstraints(String constraints) {
        this.constraints = constraints;
    }

    public String getEmdnCodes() {
        return emdnCodes;
    }

    public void setEmdnCodes(String emdnCodes) {
        this.emdnCodes = emdnCodes;
    }

    public List<String> getRequiredStandards() {
        return requiredStandards;
    }

    public void setRequiredStandards(List<String> requiredStandards) {
        this.requiredStandards = requiredStandards == null ? List.of() : requiredStandards;
    }
}
