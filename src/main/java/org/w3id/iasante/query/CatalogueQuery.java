package org.w3id.iasante.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A researcher's question kept as a {@code .rq} file in {@code queries/}, with the metadata of
 * its comment header.
 *
 * @param name file name without {@code .rq}, e.g. {@code select-priorities}
 * @param role what kind of answer it gives
 * @param topic what it is about, the group it is shown in
 * @param titles short title by language ({@code fr}, {@code en})
 * @param questions the question it answers, by language
 * @param parameters variables a caller may bind
 * @param requires data beyond the knowledge files that its answers need (e.g. {@code hdh}: the Health
 *     Data Hub import); without it the query runs and answers nothing
 * @param text the SPARQL text as written in the file
 */
public record CatalogueQuery(
        String name,
        QueryRole role,
        QueryTopic topic,
        Map<String, String> titles,
        Map<String, String> questions,
        List<QueryParameter> parameters,
        List<String> requires,
        String text) {

    public CatalogueQuery {
        titles = Map.copyOf(titles);
        questions = Map.copyOf(questions);
        parameters = List.copyOf(parameters);
        requires = List.copyOf(requires);
    }

    public String title(String language) {
        return inLanguage(titles, language);
    }

    public String question(String language) {
        return inLanguage(questions, language);
    }

    public Optional<QueryParameter> parameter(String variable) {
        return parameters.stream().filter(p -> p.name().equals(variable)).findFirst();
    }

    private static String inLanguage(Map<String, String> texts, String language) {
        return Optional.ofNullable(texts.get(language))
                .or(() -> Optional.ofNullable(texts.get(language.equals("fr") ? "en" : "fr")))
                .orElse("");
    }
}
