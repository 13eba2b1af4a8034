package org.w3id.iasante.linkeddata.search;

import java.util.List;
import org.springframework.stereotype.Component;
import org.w3id.iasante.api.Language;
import org.w3id.iasante.linkeddata.SiteIris;

/** What the search box finds, for the site's page and the JSON API alike: at most {@value #LIMIT} resources, best first. */
@Component
public class SiteSearch {

    static final int LIMIT = 50;

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
     * @param matched the label that matched
     * @param language the language of that label
     */
    public record Result(String iri, String href, String label, String matched, String language) {}

    public List<Result> find(String text, Language language) {
        return index.search(text, language.tag(), LIMIT).stream()
                .map(hit -> new Result(hit.iri(), iris.pageOf(hit.iri()), hit.label(), hit.matched(), hit.language()))
                .toList();
    }
}
