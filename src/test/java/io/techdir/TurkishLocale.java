package io.techdir;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs every test of a class under a Turkish default locale ({@code @ExtendWith(TurkishLocale.class)}),
 * the locale that breaks code folding case with the default locale ("TITLE" lower-cased is
 * "tıtle"), and restores the previous default after the class.
 */
public final class TurkishLocale implements BeforeAllCallback, AfterAllCallback {

    /** The locale the tests run under. */
    public static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TurkishLocale.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NAMESPACE).put(Locale.class, Locale.getDefault());
        Locale.setDefault(TURKISH);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Locale.setDefault(context.getStore(NAMESPACE).remove(Locale.class, Locale.class));
    }
}
