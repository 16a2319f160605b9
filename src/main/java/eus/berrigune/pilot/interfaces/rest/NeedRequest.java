package eus.berrigune.pilot.interfaces.rest;

import eus.berrigune.catalog.domain.InteroperabilityStandard;
import eus.berrigune.pilot.domain.ClinicalNeed;
import java.util.Set;

/** A clinical need as the API takes it. */
public class NeedRequest {
    public String title;
    public String problem;
    public String careSetting;
    public String hospital;
    public String department;
    public Integer patientsAffected;
    public String desiredOutcomes;
    public String constraints;
    public Set<String> emdnCodes;
    public Set<InteroperabilityStandard> requiredStandards;

    ClinicalNeed.NeedData toData() {
        return new ClinicalNeed.NeedData(title, problem, careSetting, hospital, department, patientsAffected, desiredOutcomes,
                constraints, emdnCodes, requiredStandards);
    }
}
