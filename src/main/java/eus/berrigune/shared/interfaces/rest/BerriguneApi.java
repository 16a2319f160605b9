package eus.berrigune.shared.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, version 1. Described by the OpenAPI document the server publishes at {@code /openapi}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(
        title = "Berrigune API",
        version = "1",
        description = "Catalogue of innovative health products: read published products; companies create and update"
                + " their own products, evidence and documents. Authenticate with HTTP Basic. Errors are"
                + " application/problem+json (RFC 9457), localised by Accept-Language (eu, es, en).",
        license = @License(name = "EUPL-1.2")))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class BerriguneApi extends Application {}
