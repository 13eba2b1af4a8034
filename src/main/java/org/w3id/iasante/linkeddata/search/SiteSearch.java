package org.w3id.iasante.linkeddata.search;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.linkeddata.SiteIris;

/** What the search box finds, for the site's page and the JSON API alike: at most {@value #LIMIT} resources, best first. */
@Component
public class SiteSearch {

    static final int LIMIT = 50;

    /** IRIs named in one {@link #labelsOf} request. */
    public static final int MOST_LABELS = 100;

    private final LabelIndex index;
    private final SiteIris iris;

    SiteSearch(LabelIndex index, SiteIris iris) {
        this.index = index;
        this.iris = iris;
    }

    /**
     * One search result.
     *
     * @param iri the resource found
     * @param href where to read about it on this site
     * @param label its name in the reader's language
     * @param kind what it is (the name of its class, e.g. "Priorité", "SNDS variable"), in the reader's language
     * @param matched the text that matched: a label, a title, a description or a year
     * @param language the language of that label
     */
    public record Result(String iri, String href, String label, String kind, String matched, String language) {}

    /** What an IRI is called in the reader's language, and where to read about it here. */
    public record Named(String label, String page) {}

    /** The IRIs given that have a preferred label in the graph, each with its label and page. */
    public Map<String, Named> labelsOf(Collection<String> wanted, Language language) {
        Map<String, Named> named = new LinkedHashMap<>();
        index.preferredLabels(wanted, language.tag())
                .forEach((iri, label) -> named.put(iri, new Named(label, iris.pageOf(iri))));
        return named;
    }

    public List<Result> find(String text, Language language) {
        return index.search(text, language.tag(), LIMIT).stream()
                .map(hit -> new Result(
                        hit.iri(), iris.pageOf(hit.iri()), hit.label(), hit.kind(), hit.matched(), hit.language()))
                .toList();
    }
}
