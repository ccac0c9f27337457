package jp.isms.shared.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String resource) throws IOException {
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        // given
        Properties ja = load("/jp/isms/i18n/messages_ja.properties");
        Properties en = load("/jp/isms/i18n/messages_en.properties");

        // then
        assertThat(ja).isNotEmpty();
        assertThat(en.stringPropertyNames()).as("keys of messages_ja missing from messages_en")
                .containsAll(ja.stringPropertyNames());
        assertThat(ja.stringPropertyNames()).as("keys of messages_en missing from messages_ja")
                .containsAll(en.stringPropertyNames());
    }

    @Test
    void englishMessageFormatsItsArgument() {
        // when
        String text = Messages.get(Locale.ENGLISH, "task.claimedByOther", "suzuki");

        // then
        assertThat(text).isEqualTo("This task is assigned to suzuki.");
    }

    @Test
    void japaneseMessageFormatsItsArgument() {
        // when
        String text = Messages.get(Locale.JAPANESE, "task.claimedByOther", "suzuki");

        // then
        assertThat(text).contains("suzuki").doesNotContain("{0}").isNotEqualTo(
                Messages.get(Locale.ENGLISH, "task.claimedByOther", "suzuki"));
    }

    @Test
    void unsupportedOrMissingLocaleSpeaksJapanese() {
        String japanese = Messages.get(Locale.JAPANESE, "task.claimedByOther", "suzuki");

        assertThat(Messages.get(Locale.GERMAN, "task.claimedByOther", "suzuki")).isEqualTo(japanese);
        assertThat(Messages.get(null, "task.claimedByOther", "suzuki")).isEqualTo(japanese);
        assertThat(Messages.get(Locale.US, "task.claimedByOther", "suzuki"))
                .isEqualTo("This task is assigned to suzuki.");
    }

    @Test
    void unknownKeyReturnsTheKey() {
        assertThat(Messages.get(Locale.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
        assertThat(Messages.get(Locale.JAPANESE, "no.such.key", "x")).isEqualTo("no.such.key");
    }
}
