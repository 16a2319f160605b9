package eus.berrigune.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import eus.berrigune.shared.domain.Language;
import org.junit.jupiter.api.Test;

class EmailComposerTest {

    static final String BASE = "https://berrigune.example.eus";

    @Test
    void writesTheNotificationInTheRecipientsLanguageWithAnAbsoluteLink() {
        EmailComposer.EmailText eu = EmailComposer.compose(Language.EU, "notification.savedSearch.match", "Ponpak",
                "Infusio-ponpa", "/buyer/saved-search.xhtml?id=7", BASE, "Osakidetza");
        assertThat(eu.subject()).isEqualTo("Berrigune: Produktu berria zure «Ponpak» bilaketa gordearentzat: Infusio-ponpa");
        assertThat(eu.body()).startsWith("Produktu berria zure «Ponpak» bilaketa gordearentzat: Infusio-ponpa\n\n")
                .contains("Ireki Berrigunen:\n" + BASE + "/buyer/saved-search.xhtml?id=7\n")
                .contains("Osakidetza", BASE + "/account/notifications.xhtml");

        EmailComposer.EmailText es = EmailComposer.compose(Language.ES, "notification.consultation.cancelled", "Camas",
                null, null, BASE, "Osakidetza");
        assertThat(es.subject()).isEqualTo("Berrigune: Se ha cancelado la consulta preliminar al mercado «Camas».");
        assertThat(es.body()).contains("Ábralo en Berrigune:\n" + BASE + "/account/notifications.xhtml\n");

        assertThat(EmailComposer.compose(Language.EN, "notification.consultation.cancelled", "Beds", null, null, BASE,
                "X").subject()).isEqualTo("Berrigune: The market consultation «Beds» has been cancelled.");
    }

    @Test
    void userTextStaysOnOneLine() {
        EmailComposer.EmailText text = EmailComposer.compose(Language.EN, "notification.savedSearch.match",
                "Pumps\r\nBcc: victim@example.org", "Pump\n\nClick http://evil.example", "/x", BASE, "X");
        assertThat(text.subject()).doesNotContain("\r", "\n");
        assertThat(text.body().lines().findFirst().orElseThrow())
                .isEqualTo("New product for your saved search «Pumps Bcc: victim@example.org»: Pump Click http://evil.example");
    }

    @Test
    void theBaseUrlMustBeAnAbsoluteHttpUrl() {
        assertThat(EmailComposer.baseUrl("https://berrigune.example.eus/")).isEqualTo("https://berrigune.example.eus");
        assertThat(EmailComposer.baseUrl(" http://host:9080/app ")).isEqualTo("http://host:9080/app");
        assertThat(EmailComposer.baseUrl("javascript:alert(1)")).isEqualTo(EmailComposer.DEFAULT_BASE_URL);
        assertThat(EmailComposer.baseUrl("berrigune.example.eus")).isEqualTo(EmailComposer.DEFAULT_BASE_URL);
        assertThat(EmailComposer.baseUrl("https://h/?q=1")).isEqualTo(EmailComposer.DEFAULT_BASE_URL);
        assertThat(EmailComposer.baseUrl(null)).isEqualTo(EmailComposer.DEFAULT_BASE_URL);
    }
}
