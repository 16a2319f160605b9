package eus.berrigune.consultation.interfaces.rest;

import java.util.List;

/**
 * A company's question ({@code question}), or the buying team's published answer ({@code publicQuestion} in its own
 * wording, {@code answer}, and the ids of duplicate questions it also answers).
 */
public class ClarificationRequest {
    public String question;
    public String publicQuestion;
    public String answer;
    public List<Long> duplicates;
}
