package jp.isms.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import jp.isms.shared.domain.IsmsException;

/** Checks that a key the domain uses has a text in both bundles and that the text takes its arguments. */
final class Bundles {

    private static final Properties JA = load("/jp/isms/i18n/messages_ja.properties");
    private static final Properties EN = load("/jp/isms/i18n/messages_en.properties");

    private Bundles() {
    }

    private static Properties load(String resource) {
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertInBoth(String key) {
        assertThat(JA.getProperty(key)).as("messages_ja: " + key).isNotBlank();
        assertThat(EN.getProperty(key)).as("messages_en: " + key).isNotBlank();
    }

    /** The exception's key and every argument that is a key exist in both bundles; the texts fill every placeholder. */
    static void assertSpeakable(IsmsException e) {
        assertInBoth(e.messageKey());
        Object[] args = e.arguments();
        for (Object arg : args) {
            if (arg instanceof String s && s.startsWith("certification.")) {
                assertInBoth(s);
            }
        }
        for (Properties bundle : new Properties[] { JA, EN }) {
            String text = new MessageFormat(bundle.getProperty(e.messageKey()), Locale.ENGLISH).format(args);
            assertThat(text).as(e.messageKey()).doesNotContain("{").doesNotContain("}");
        }
    }
}
