package eus.berrigune.shortlist.interfaces.rest;

import java.util.List;

/** Products to add to a shortlist. */
public class ProductIdsRequest {
    public List<Long> productIds;
}
