package eus.berrigune.catalog.interfaces.rest;

/** An evaluator's decision on an evidence item: {@code verified} true, or false with a {@code reason}. */
public class ReviewRequest {
    public boolean verified;
    public String reason;
}
