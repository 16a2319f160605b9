package eus.berrigune.shortlist.interfaces.rest;

import java.util.List;

/** Creates a shortlist (name, optional first products) or renames one (name and the version read). */
public class ShortlistRequest {
    public String name;
    public List<Long> productIds;
    public Long version;
}
