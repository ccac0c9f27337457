package jp.isms.scope.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.isms.shared.domain.IsmsException;
import jp.isms.shared.domain.Texts;

/**
 * Everything a scope version says. Built only through {@link #of}, which checks and trims every
 * part, so a scope version never holds an exclusion without its justification.
 */
public record ScopeContent(String statement, List<Unit> units, List<Site> sites, List<Workforce> workforce,
        List<SystemOrService> systems, List<Exclusion> exclusions) implements java.io.Serializable {

    static final int NAME = 200;
    static final int DETAIL = 1000;
    static final int STATEMENT = 4000;

    /** An organisation unit (a department of the company), inside the scope or not. */
    public record Unit(String code, String name, boolean inScope, String note) implements java.io.Serializable {
    }

    /** A site or office with its address. */
    public record Site(String name, String address, boolean inScope) implements java.io.Serializable {
    }

    /** A workforce category and whether the ISMS's rules bind it. */
    public record Workforce(WorkforceCategory category, boolean inScope, String note) implements java.io.Serializable {
    }

    /** An information system or a service the company runs or provides. */
    public record SystemOrService(String name, String description, boolean inScope) implements java.io.Serializable {
    }

    /** Something deliberately left out, and why: an auditor asks for the reason of every exclusion. */
    public record Exclusion(String subject, String justification) implements java.io.Serializable {
    }

    public static ScopeContent empty() {
        return new ScopeContent(null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** Checked, trimmed content; refuses blank names, missing justifications and repeated categories. */
    public static ScopeContent of(String statement, List<Unit> units, List<Site> sites, List<Workforce> workforce,
            List<SystemOrService> systems, List<Exclusion> exclusions) {
        List<Unit> checkedUnits = new ArrayList<>();
        for (Unit u : list(units)) {
            checkedUnits.add(new Unit(Texts.optional(u.code(), "scope.unit.code", 32),
                    Texts.required(u.name(), "scope.unit.name", NAME), u.inScope(),
                    Texts.optional(u.note(), "scope.unit.note", DETAIL)));
        }
        List<Site> checkedSites = new ArrayList<>();
        for (Site s : list(sites)) {
            checkedSites.add(new Site(Texts.required(s.name(), "scope.site.name", NAME),
                    Texts.optional(s.address(), "scope.site.address", DETAIL), s.inScope()));
        }
        List<Workforce> checkedWorkforce = new ArrayList<>();
        Set<WorkforceCategory> seen = EnumSet.noneOf(WorkforceCategory.class);
        for (Workforce w : list(workforce)) {
            if (w.category() == null) {
                throw IsmsException.invalid("validation.required", "scope.workforce.category");
            }
            if (!seen.add(w.category())) {
                throw IsmsException.invalid("scope.workforce.repeated", w.category().messageKey());
            }
            checkedWorkforce.add(new Workforce(w.category(), w.inScope(),
                    Texts.optional(w.note(), "scope.workforce.note", DETAIL)));
        }
        List<SystemOrService> checkedSystems = new ArrayList<>();
        for (SystemOrService s : list(systems)) {
            checkedSystems.add(new SystemOrService(Texts.required(s.name(), "scope.system.name", NAME),
                    Texts.optional(s.description(), "scope.system.description", DETAIL), s.inScope()));
        }
        List<Exclusion> checkedExclusions = new ArrayList<>();
        for (Exclusion e : list(exclusions)) {
            checkedExclusions.add(new Exclusion(Texts.required(e.subject(), "scope.exclusion.subject", NAME),
                    Texts.required(e.justification(), "scope.exclusion.justification", DETAIL)));
        }
        return new ScopeContent(Texts.optional(statement, "scope.statement", STATEMENT), List.copyOf(checkedUnits),
                List.copyOf(checkedSites), List.copyOf(checkedWorkforce), List.copyOf(checkedSystems),
                List.copyOf(checkedExclusions));
    }

    /** One line per part, in a fixed order: what the SHA-256 of an approval is taken over. */
    public String canonical() {
        List<String> lines = new ArrayList<>();
        lines.add("statement\t" + text(statement));
        units.forEach(u -> lines.add(String.join("\t", "unit", text(u.code()), u.name(), flag(u.inScope()), text(u.note()))));
        sites.forEach(s -> lines.add(String.join("\t", "site", s.name(), text(s.address()), flag(s.inScope()))));
        workforce.forEach(w -> lines.add(String.join("\t", "workforce", w.category().name(), flag(w.inScope()),
                text(w.note()))));
        systems.forEach(s -> lines.add(String.join("\t", "system", s.name(), text(s.description()), flag(s.inScope()))));
        exclusions.forEach(e -> lines.add(String.join("\t", "exclusion", e.subject(), e.justification())));
        return lines.stream().map(l -> l.replace("\n", "\\n")).collect(Collectors.joining("\n"));
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null).toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String flag(boolean value) {
        return value ? "in" : "out";
    }
}
