package eus.berrigune.shortlist.interfaces.rest;

/**
 * Saves a search (name, the search page's query string such as {@code q=monitor&f=risk:IIA}, alerts) or changes one
 * (name and alerts).
 */
public class SavedSearchRequest {
    public String name;
    public String query;
    public Boolean alerts;
}
