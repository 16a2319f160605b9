package eus.berrigune.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfirmationTokenTest {

    @Test
    void aTokenCarries256RandomBitsInAUrlSafeForm() {
        String token = ConfirmationToken.generate();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(ConfirmationToken.isWellFormed(token)).isTrue();
        Set<String> many = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            many.add(ConfirmationToken.generate());
        }
        assertThat(many).hasSize(1000);
    }

    @Test
    void onlyTheSha256IsStoredAndItIsStable() {
        String token = ConfirmationToken.generate();
        String hash = ConfirmationToken.hash(token);
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(ConfirmationToken.hash(token)).doesNotContain(token);
        assertThat(ConfirmationToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void malformedTokensAreRefusedWithoutALookUp() {
        assertThat(ConfirmationToken.isWellFormed(null)).isFalse();
        assertThat(ConfirmationToken.isWellFormed("")).isFalse();
        assertThat(ConfirmationToken.isWellFormed("short")).isFalse();
        assertThat(ConfirmationToken.isWellFormed("a".repeat(42) + "=")).isFalse();
        assertThat(ConfirmationToken.isWellFormed("a".repeat(44))).isFalse();
    }
}
