package jp.isms.shared.domain;

import java.util.function.Supplier;

/**
 * A value computed at its first use and then kept, thread-safe: reference data read from the classpath once,
 * at application start or at the first call, whichever comes first.
 */
public final class LoadedOnce<T> implements Supplier<T> {

    private final Supplier<T> loader;
    private volatile T value;

    public LoadedOnce(Supplier<T> loader) {
        this.loader = loader;
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = loader.get();
                    value = result;
                }
            }
        }
        return result;
    }
}
