package eus.berrigune.shared.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link Problem} document from a servlet filter, where JAX-RS and its exception mappers are not reached
 * (a refused sign-in, the database unavailable before the API runs). JSON-P does the escaping.
 */
public final class ServletProblems {

    private ServletProblems() {}

    /**
     * Sets the status and content type and writes the document.
     *
     * @param type last segment of the problem type URI
     * @param extensions further numeric members (RFC 9457 extensions), in order
     */
    public static void write(HttpServletResponse response, int status, String type, String title, String detail,
            Map<String, Long> extensions) throws IOException {
        JsonObjectBuilder problem = Json.createObjectBuilder()
                .add("type", "https://berrigune.example/problems/" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        extensions.forEach(problem::add);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(problem.build().toString());
    }
}
