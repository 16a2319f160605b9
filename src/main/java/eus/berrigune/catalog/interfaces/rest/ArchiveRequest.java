package eus.berrigune.catalog.interfaces.rest;

/** Why a product is archived (required when an administrator archives another company's product). */
public class ArchiveRequest {
    public String reason;
}
