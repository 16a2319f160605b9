package eus.berrigune.shared.interfaces.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers of pages that end the request early. */
public final class PageResponses {

    private PageResponses() {}

    /** "Not found": what a missing object and somebody else's object both look like. */
    public static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.responseComplete();
        faces.getExternalContext().responseSendError(404, "");
    }
}
