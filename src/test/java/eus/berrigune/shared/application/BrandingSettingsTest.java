package eus.berrigune.shared.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrandingSettingsTest {

    private final List<String> warnings = new ArrayList<>();

    @Test
    void aDarkEnoughColourIsTakenAsConfigured() {
        assertThat(BrandingSettings.colour("BERRIGUNE_PRIMARY_COLOUR", "#0A4F8A", "#0b5d4b", warnings)).isEqualTo("#0a4f8a");
        assertThat(warnings).isEmpty();
    }

    @Test
    void theDefaultsKeepAaContrast() {
        BrandingSettings.colour("P", BrandingSettings.DEFAULT_PRIMARY, "#000000", warnings);
        BrandingSettings.colour("A", BrandingSettings.DEFAULT_ACCENT, "#000000", warnings);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aColourWithTooLittleContrastIsRefusedWithAWarning() {
        // #2e8b57 (sea green) is 4.24:1 on white: links in it and white text on it would fail WCAG 1.4.3.
        assertThat(BrandingSettings.colour("BERRIGUNE_PRIMARY_COLOUR", "#2e8b57", "#0b5d4b", warnings)).isEqualTo("#0b5d4b");
        assertThat(warnings).singleElement().asString().contains("BERRIGUNE_PRIMARY_COLOUR", "#2e8b57", "4.5:1");
    }

    @Test
    void aColourThatPassesOnWhiteButNotOnThePalerBackgroundsIsRefused() {
        // #757575 is 4.61:1 on white but 4.24:1 on the panels' #f3f6f5, where links are drawn in it too.
        assertThat(BrandingSettings.colour("BERRIGUNE_ACCENT_COLOUR", "#757575", "#1f5fd6", warnings)).isEqualTo("#1f5fd6");
        assertThat(warnings).hasSize(1);
    }

    @Test
    void anythingButSixHexDigitsIsRefused() {
        assertThat(BrandingSettings.colour("BERRIGUNE_PRIMARY_COLOUR", "red;}body{display:none", "#0b5d4b", warnings))
                .isEqualTo("#0b5d4b");
        assertThat(warnings).singleElement().asString().contains("not a #rrggbb colour");
    }

    @Test
    void theLogoIsAPathOnThisServer() {
        assertThat(BrandingSettings.logoUrl("/resources/img/hospital.png", warnings)).isEqualTo("/resources/img/hospital.png");
        assertThat(warnings).isEmpty();
        assertThat(BrandingSettings.logoUrl("https://cdn.example/logo.png", warnings)).isEqualTo(BrandingSettings.DEFAULT_LOGO_URL);
        assertThat(BrandingSettings.logoUrl("//cdn.example/logo.png", warnings)).isEqualTo(BrandingSettings.DEFAULT_LOGO_URL);
        assertThat(BrandingSettings.logoUrl("/x\" onerror=\"y", warnings)).isEqualTo(BrandingSettings.DEFAULT_LOGO_URL);
        assertThat(warnings).hasSize(3);
    }

    @Test
    void aLogoFileMustBeAReadableImage(@TempDir Path dir) throws Exception {
        Path svg = Files.writeString(dir.resolve("osakidetza.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
        Path text = Files.writeString(dir.resolve("logo.txt"), "not an image");
        assertThat(BrandingSettings.logoFile(svg.toString(), warnings)).isEqualTo(svg);
        assertThat(BrandingSettings.logoFile(text.toString(), warnings)).isNull();
        assertThat(BrandingSettings.logoFile(dir.resolve("missing.png").toString(), warnings)).isNull();
        assertThat(warnings).hasSize(2);
        assertThat(BrandingSettings.logoContentType(svg)).contains("image/svg+xml");
    }

    @Test
    void theContactLinkIsAWebOrMailAddress() {
        assertThat(BrandingSettings.contactUrl("mailto:berrigune@osakidetza.example", warnings))
                .isEqualTo("mailto:berrigune@osakidetza.example");
        assertThat(BrandingSettings.contactUrl("https://osakidetza.example/contact", warnings))
                .isEqualTo("https://osakidetza.example/contact");
        assertThat(warnings).isEmpty();
        assertThat(BrandingSettings.contactUrl("javascript:alert(1)", warnings)).isNull();
        assertThat(warnings).hasSize(1);
    }
}
