package eus.berrigune.consultation.interfaces.rest;

import eus.berrigune.consultation.domain.AnswerItem;
import eus.berrigune.shared.domain.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** A company's answer: one item per question answered, and the company's products it proposes. */
public class AnswerRequest {

    public List<ItemRequest> items;
    public Set<Long> productIds;

    /** The answer to one question; fill the field the question's kind asks for. */
    public static class ItemRequest {
        public Long questionId;
        public String text;
        public BigDecimal number;
        public Boolean yesNo;
        public List<String> choices;
        public boolean confidential;
        /** For a file question: the id returned by {@code POST …/answers/mine/files}. */
        public Long documentId;
    }

    List<AnswerItem> toItems() {
        if (items == null) {
            return List.of();
        }
        return items.stream().map(i -> {
            if (i == null || i.questionId == null) {
                throw new ValidationException("items", "validation.required");
            }
            return new AnswerItem(i.questionId, i.text, i.number, i.yesNo, i.choices, i.confidential, i.documentId);
        }).toList();
    }

    Set<Long> products() {
        if (productIds != null && productIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new ValidationException("productIds", "validation.required");
        }
        return productIds == null ? Set.of() : Set.copyOf(productIds);
    }
}
