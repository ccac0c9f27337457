package jp.isms.control.domain;

import java.util.Comparator;
import java.util.regex.Pattern;

/** Dotted reference numbers ({@code 5.10}, {@code A.12.6.1}, {@code 9.2.2}) and their natural order. */
public final class ReferenceIds {

    /** An Annex A 2022 control number: theme clause 5–8, a dot, the control's number. */
    public static final Pattern CONTROL_2022 = Pattern.compile("[5-8]\\.[1-9][0-9]?");
    /** An Annex A 2013 control number, {@code A.5.1.1} … {@code A.18.2.3}. */
    public static final Pattern CONTROL_2013 = Pattern.compile("A\\.[1-9][0-9]?\\.[1-9][0-9]?\\.[1-9][0-9]?");
    /** A requirement clause number, {@code 4.1} … {@code 10.2}, with sub-clauses such as {@code 6.1.2}. */
    public static final Pattern CLAUSE = Pattern.compile("[1-9][0-9]?(\\.[1-9][0-9]?){1,2}");

    /** Number by number, so that 5.9 comes before 5.10 and A.9.4.5 before A.10.1.1. */
    public static final Comparator<String> NATURAL_ORDER = ReferenceIds::compare;

    private ReferenceIds() {
    }

    private static int compare(String a, String b) {
        String[] x = strip(a).split("\\.");
        String[] y = strip(b).split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static String strip(String id) {
        return id.startsWith("A.") ? id.substring(2) : id;
    }
}
