package jp.isms.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery";

    /** Replaces one character in the middle of the given part, keeping the text valid Base64. */
    private static String tamper(String stored, int part) {
        String[] parts = stored.split("\\$");
        char[] chars = parts[part].toCharArray();
        int middle = chars.length / 2;
        chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
        parts[part] = new String(chars);
        return String.join("$", parts);
    }

    @Test
    void hashedPasswordMatches() {
        // given
        String stored = PasswordHasher.hash(PASSWORD);

        // then
        assertThat(PasswordHasher.matches(PASSWORD, stored)).isTrue();
    }

    @Test
    void wrongPasswordDoesNotMatch() {
        // given
        String stored = PasswordHasher.hash(PASSWORD);

        // then
        assertThat(PasswordHasher.matches("correct horse battery!", stored)).isFalse();
        assertThat(PasswordHasher.matches("Correct horse battery", stored)).isFalse();
        assertThat(PasswordHasher.matches("", stored)).isFalse();
        assertThat(PasswordHasher.matches(null, stored)).isFalse();
    }

    @Test
    void twoHashesOfTheSamePasswordDifferButBothMatch() {
        // when
        String first = PasswordHasher.hash(PASSWORD);
        String second = PasswordHasher.hash(PASSWORD);

        // then
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[2]).as("salt").isNotEqualTo(second.split("\\$")[2]);
        assertThat(PasswordHasher.matches(PASSWORD, first)).isTrue();
        assertThat(PasswordHasher.matches(PASSWORD, second)).isTrue();
    }

    @Test
    void formatIsSelfDescribing() {
        // when
        String stored = PasswordHasher.hash(PASSWORD);

        // then: 16-byte salt and 32-byte hash, Base64 without padding
        assertThat(stored).matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(stored).doesNotContain(PASSWORD);
    }

    @Test
    void tamperedHashDoesNotMatch() {
        // given
        String stored = PasswordHasher.hash(PASSWORD);

        // then
        assertThat(PasswordHasher.matches(PASSWORD, tamper(stored, 3))).as("hash altered").isFalse();
        assertThat(PasswordHasher.matches(PASSWORD, tamper(stored, 2))).as("salt altered").isFalse();
        assertThat(PasswordHasher.matches(PASSWORD, stored.replace("$210000$", "$209999$")))
                .as("iterations altered").isFalse();
        assertThat(PasswordHasher.matches(PASSWORD, stored.replace("pbkdf2-sha256$", "pbkdf2-sha1$")))
                .as("algorithm altered").isFalse();
        assertThat(PasswordHasher.matches(PASSWORD, stored + "$extra")).as("extra part").isFalse();
        assertThat(PasswordHasher.matches(PASSWORD, null)).isFalse();
    }

    @Test
    void malformedStoredHashDoesNotMatchInsteadOfFailing() {
        // A damaged password_hash column must read as "wrong password", not break the sign-in.
        assertThat(PasswordHasher.matches(PASSWORD, "pbkdf2-sha256$many$AAAA$AAAA")).isFalse();
        assertThat(PasswordHasher.matches(PASSWORD, "pbkdf2-sha256$210000$not*base64$AAAA")).isFalse();
        assertThat(PasswordHasher.matches(PASSWORD, "pbkdf2-sha256$0$AAAAAAAAAAAAAAAAAAAAAA$AAAA")).isFalse();
    }
}
