package jp.isms.shared.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Resolves keys of the one message bundle that Faces and the REST API share, so a rule broken in
 * a service reads the same on a screen and in a JSON error.
 */
public final class Messages {

    public static final String BUNDLE = "jp.isms.i18n.messages";
    public static final Locale JAPANESE = Locale.JAPANESE;

    private Messages() {
    }

    /** Japanese unless English is asked for: the product speaks those two. */
    public static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : JAPANESE;
    }

    public static String get(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                Messages.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
