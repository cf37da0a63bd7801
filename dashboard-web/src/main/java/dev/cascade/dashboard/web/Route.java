package dev.cascade.dashboard.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the route table: method, path pattern ({@code /messages/{referenceId}}), the role it
 * needs (none for the login page), and the page that answers. The table is the application's own list of endpoints — the
 * security tests walk it, so a new page cannot ship unprotected.
 */
public record Route(String method, String pattern, Role role, Page page) {

    /** A page anyone may open (the login page): no role. */
    public static Route open(String method, String pattern, Page page) {
        return new Route(method, pattern, null, page);
    }

    public boolean isOpen() {
        return role == null;
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    /** The path variables, if {@code path} matches this route's pattern. */
    public Optional<Map<String, String>> match(String path) {
        Matcher names = VARIABLE.matcher(pattern);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        java.util.List<String> variables = new java.util.ArrayList<>();
        while (names.find()) {
            regex.append(Pattern.quote(pattern.substring(last, names.start()))).append("([^/]+)");
            variables.add(names.group(1));
            last = names.end();
        }
        regex.append(Pattern.quote(pattern.substring(last)));
        Matcher m = Pattern.compile(regex.toString()).matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < variables.size(); i++) {
            values.put(variables.get(i), m.group(i + 1));
        }
        return Optional.of(values);
    }
}
