package eus.berrigune.nomenclature.application;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.nomenclature.domain.EmdnTerm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EmdnNomenclatureTest {

    static EmdnNomenclature emdn = new EmdnNomenclature();

    @BeforeAll
    static void load() {
        emdn.load();
    }

    @Test
    void theWholeShippedNomenclatureIsLoaded() {
        // 8,455 data lines in the file, one term spanning two of them.
        assertThat(emdn.size()).isEqualTo(8454);
        assertThat(emdn.find("H01010102")).hasValueSatisfying(t -> assertThat(t.term())
                .isEqualTo("MULTIFILAMENT SYNTHETIC ABSORBABLE SUTURES"));
        assertThat(emdn.categories()).hasSize(23).extracting(EmdnTerm::code).startsWith("A", "B", "C");
    }

    @Test
    void codesHaveTheirPathAndChildren() {
        assertThat(emdn.path("H0101010201")).extracting(EmdnTerm::code)
                .containsExactly("H", "H01", "H0101", "H010101", "H01010102", "H0101010201");
        assertThat(emdn.children("Z")).extracting(EmdnTerm::code).contains("Z11", "Z12", "Z13");
        assertThat(emdn.find("z12")).isPresent();
        assertThat(emdn.find("Z99")).isEmpty();
    }

    @Test
    void searchFindsByCodePrefixAndByWordsOfTheTerm() {
        assertThat(emdn.search("Z1203", 5)).allSatisfy(t -> assertThat(t.code()).startsWith("Z1203"));
        assertThat(emdn.search("needles infusion", 10)).extracting(EmdnTerm::code).contains("A0101");
        assertThat(emdn.search("   ", 10)).isEmpty();
        assertThat(emdn.search("\"%_*(", 10)).isEmpty();
    }
}
