package eus.berrigune.shared.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.catalog.application.DocumentInspector;
import eus.berrigune.shared.domain.ValidationException;
import eus.berrigune.testdata.Products;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class WebHelpersTest {

    @Test
    void fieldErrorsOfRepeatedRowsAreFoundByRow() {
        assertThat(FacesMessages.rowOf("questions.2.text", "questions", "advisers")).isEqualTo("questions.2");
        assertThat(FacesMessages.rowOf("advisers.0.name", "questions", "advisers")).isEqualTo("advisers.0");
        assertThat(FacesMessages.rowOf("items.3", "items")).isEqualTo("items.3");
        assertThat(FacesMessages.rowOf("items", "items")).isNull();
        assertThat(FacesMessages.rowOf("questionsX.1", "questions")).isNull();
        assertThat(FacesMessages.rowOf("questions.x.text", "questions")).isNull();
        assertThat(FacesMessages.rowOf("texts.es.title", "questions", "advisers")).isNull();
    }

    @Test
    void machineReadableTimesHaveWholeSecondsAsHtmlRequires() {
        DateTimes dates = new DateTimes();
        assertThat(dates.machine(java.time.Instant.parse("2026-11-28T23:27:29.356396Z"))).isEqualTo("2026-11-28T23:27:29Z");
        assertThat(dates.machine(null)).isNull();
    }

    @Test
    void theLanguageParameterIsRemovedFromTheRedirect() {
        assertThat(LocaleFilter.withoutLang(null)).isEmpty();
        assertThat(LocaleFilter.withoutLang("lang=eu")).isEmpty();
        assertThat(LocaleFilter.withoutLang("code=Z&lang=eu&page=2")).isEqualTo("?code=Z&page=2");
    }

    @Test
    void signedInAreasAreStatefulAndEverythingElseIsNot() {
        assertThat(AreaStateViewHandler.isPublic("/index.xhtml")).isTrue();
        assertThat(AreaStateViewHandler.isPublic("/catalog/product.xhtml")).isTrue();
        assertThat(AreaStateViewHandler.isPublic("/company/product.xhtml")).isFalse();
        assertThat(AreaStateViewHandler.isPublic("/admin/index.xhtml")).isFalse();
        assertThat(AreaStateViewHandler.isPublic("/login.xhtml")).isFalse();
    }

    @Test
    void uploadedFileNamesAreMadeHarmless() {
        assertThat(DocumentInspector.safeFileName("C:\\Users\\ane\\Azterketa-txostena.pdf")).isEqualTo("Azterketa-txostena.pdf");
        assertThat(DocumentInspector.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DocumentInspector.safeFileName("a\"b<c>.pdf")).isEqualTo("a_b_c_.pdf");
        assertThat(DocumentInspector.safeFileName(" ")).isEqualTo("document.pdf");
    }

    @Test
    void onlyRealPdfsPass() {
        DocumentInspector inspector = new DocumentInspector();
        assertThat(inspector.inspect("x.pdf", Products.pdf("hello"))).hasSize(64);
        Assertions.assertThatThrownBy(() -> inspector.inspect("x.pdf", "<html>not a pdf</html>".getBytes()))
                .isInstanceOf(ValidationException.class);
        Assertions.assertThatThrownBy(() -> inspector.inspect("x.pdf", new byte[0]))
                .isInstanceOf(ValidationException.class);
    }
}
