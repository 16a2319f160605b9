package eus.berrigune.shortlist.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eus.berrigune.shared.domain.ValidationException;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ShortlistTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void holdsEachProductOnceInTheOrderAdded() {
        Shortlist shortlist = new Shortlist(1, 2, "  Cardiology  ");
        assertThat(shortlist.getName()).isEqualTo("Cardiology");
        assertThat(shortlist.add(List.of(5L, 3L, 5L), NOW)).isEqualTo(2);
        assertThat(shortlist.add(List.of(3L, 7L), NOW.plusSeconds(1))).isEqualTo(1);
        assertThat(shortlist.getItems()).extracting(ShortlistItem::getProductId).containsExactly(5L, 3L, 7L);
        assertThat(shortlist.remove(3)).isTrue();
        assertThat(shortlist.remove(3)).isFalse();
        assertThat(shortlist.contains(7)).isTrue();
    }

    @Test
    void refusesMoreThanItsLimitAndChangesNothing() {
        Shortlist shortlist = new Shortlist(1, 2, "Big");
        shortlist.add(LongStream.rangeClosed(1, 99).boxed().toList(), NOW);
        assertThatThrownBy(() -> shortlist.add(List.of(200L, 201L), NOW))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).getFieldErrors().get(0).messageKey())
                        .isEqualTo("shortlist.validation.full"));
        assertThat(shortlist.getItems()).hasSize(99);
        assertThat(shortlist.add(List.of(1L, 200L), NOW)).isEqualTo(1);
    }

    @Test
    void needsAName() {
        assertThatThrownBy(() -> new Shortlist(1, 2, " ")).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Shortlist(1, 2, null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> new Shortlist(1, 2, "x".repeat(121))).isInstanceOf(ValidationException.class);
        Shortlist shortlist = new Shortlist(1, 2, "x".repeat(120));
        assertThatThrownBy(() -> shortlist.rename("")).isInstanceOf(ValidationException.class);
        assertThat(shortlist.getName()).hasSize(120);
    }
}
