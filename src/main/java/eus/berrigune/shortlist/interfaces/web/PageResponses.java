package eus.berrigune.shortlist.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers of the buyer pages that end the request early. */
final class PageResponses {

    private PageResponses() {}

    /** "Not found": what a missing object and somebody else's object both look like. */
    static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.responseComplete();
        faces.getExternalContext().responseSendError(404, "");
    }
}
