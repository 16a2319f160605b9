package eus.berrigune.pilot.interfaces.rest;

import java.util.List;

/** The clinician's results: one per agreed endpoint, in the protocol's order. */
public class ResultsRequest {
    public List<EndpointResultRequest> results;
    public String summary;
    public Integer participants;

    /** The result against one endpoint. */
    public static class EndpointResultRequest {
        public Boolean met;
        public String finding;
    }
}
