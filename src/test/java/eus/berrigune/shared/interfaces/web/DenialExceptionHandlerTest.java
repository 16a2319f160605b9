package eus.berrigune.shared.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.shared.domain.AccessDeniedException;
import eus.berrigune.shared.domain.NotFoundException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

/** Pages turn a denial or a missing object into "not found", wherever Faces wrapped it (AccessPropertyIT found 500s). */
class DenialExceptionHandlerTest {

    @Test
    void recognisesADenialOrAMissingObjectWrappedByFaces() {
        assertThat(DenialExceptionHandler.isDenial(new FacesException(new jakarta.el.ELException(
                new AccessDeniedException())))).isTrue();
        assertThat(DenialExceptionHandler.isDenial(new FacesException(new NotFoundException("need", 1L)))).isTrue();
    }

    @Test
    void leavesEveryOtherFailureToTheErrorPage() {
        assertThat(DenialExceptionHandler.isDenial(new FacesException(new IllegalStateException()))).isFalse();
        assertThat(DenialExceptionHandler.isDenial(null)).isFalse();
    }
}
