package eus.berrigune.testdata.clock;

import eus.berrigune.consultation.application.ConsultationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.Map;

/** Test-only: moves {@link ShiftedClock} and runs the consultation clock task once, as its schedule would. */
@Path("/test/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ClockShiftResource {

    @Inject
    ConsultationService consultations;

    @PUT
    @Path("/{seconds}")
    public Map<String, Long> shift(@PathParam("seconds") long seconds) {
        ShiftedClock.OFFSET.set(Duration.ofSeconds(seconds));
        return Map.of("offsetSeconds", seconds);
    }

    @POST
    @Path("/tick")
    public Map<String, Integer> tick() {
        return Map.of("moved", consultations.advanceDue());
    }
}
