package org.w3id.iasante.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the comment block at the top of a catalogue query:
 *
 * <pre>
 * # title (fr): …          # title (en): …
 * # question (fr): …       # question (en): …
 * # parameter ?year: …     (one line per parameter, or "# parameters: none")
 * # topic: sources         (what it is about: roadmap, sources, hdh, model, checks; site for queries/site and queries/system)
 * # requires: hdh          (optional: data beyond the knowledge files its answers need)
 * </pre>
 *
 * A check ({@code *-violation.rq}) has the topic {@code checks}, and only a check has it.
 */
final class QueryHeader {

    private static final Pattern TEXT = Pattern.compile("^#\\s*(title|question) \\((fr|en)\\):\\s*(.+)$");
    private static final Pattern PARAMETER = Pattern.compile("^#\\s*parameter \\?(\\w+):\\s*(.+)$");
    private static final Pattern TOPIC = Pattern.compile("^#\\s*topic:\\s*(\\S+)\\s*$");
    private static final Pattern REQUIRES = Pattern.compile("^#\\s*requires:\\s*(.+)$");

    private QueryHeader() {}

    static CatalogueQuery parse(String fileName, String text) {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> questions = new HashMap<>();
        List<QueryParameter> parameters = new ArrayList<>();
        List<String> requires = new ArrayList<>();
        QueryTopic topic = null;
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) break;
            Matcher m = TEXT.matcher(line.strip());
            if (m.matches()) {
                (m.group(1).equals("title") ? titles : questions)
                        .put(m.group(2), m.group(3).strip());
                continue;
            }
            Matcher p = PARAMETER.matcher(line.strip());
            if (p.matches())
                parameters.add(new QueryParameter(p.group(1), p.group(2).strip()));
            Matcher t = TOPIC.matcher(line.strip());
            if (t.matches()) topic = QueryTopic.ofCode(fileName, t.group(1));
            Matcher r = REQUIRES.matcher(line.strip());
            if (r.matches()) requires.addAll(List.of(r.group(1).strip().split("\\s*,\\s*")));
        }
        for (String language : List.of("fr", "en")) {
            require(titles.containsKey(language), fileName, "# title (" + language + "): …");
            require(questions.containsKey(language), fileName, "# question (" + language + "): …");
        }
        require(topic != null, fileName, "# topic: …");
        String name = fileName.substring(fileName.lastIndexOf('/') + 1).replaceFirst("\\.rq$", "");
        QueryRole role = QueryRole.ofFileName(name + ".rq");
        if ((role == QueryRole.VIOLATION) != (topic == QueryTopic.CHECKS)) {
            throw new IllegalArgumentException(
                    fileName + ": the topic 'checks' is that of the *-violation.rq" + " files, and theirs alone");
        }
        return new CatalogueQuery(name, role, topic, titles, questions, parameters, requires, text);
    }

    private static void require(boolean present, String fileName, String line) {
        if (!present) {
            throw new IllegalArgumentException(fileName + ": the comment block at the top must have a line '" + line
                    + "' (title and question in French and English, and a topic)");
        }
    }
}
