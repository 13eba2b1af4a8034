package org.w3id.iasante.hdh;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iasante.ontology.IaSanteIris;

/**
 * Our labels for what the schema names by codes only, read from {@value MappingFiles#CURATED_LABELS}
 * (wording is knowledge: it lives in that file, not here). A template's {@code {name}} is filled
 * with the code of that name.
 */
final class CuratedLabels {

    static final String TABLE_SCHEMA = "snds-table-schema";
    static final String FOREIGN_KEY = "snds-foreign-key";

    private static final Model TEMPLATES = MappingFiles.read(MappingFiles.CURATED_LABELS);
    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)}");

    private CuratedLabels() {}

    /** Adds the template's label in each of its languages to {@code resource}, its slots filled. */
    static void label(Resource resource, String template, Map<String, String> codes) {
        Resource labels = TEMPLATES.getResource(IaSanteIris.ID + "label-template/" + template);
        if (!labels.hasProperty(SKOS.prefLabel))
            throw new IllegalStateException("No label template " + template + " in " + MappingFiles.CURATED_LABELS);
        for (Statement label : labels.listProperties(SKOS.prefLabel).toList()) {
            Literal text = label.getLiteral();
            resource.addProperty(
                    SKOS.prefLabel,
                    resource.getModel().createLiteral(fill(text.getLexicalForm(), codes), text.getLanguage()));
        }
    }

    private static String fill(String template, Map<String, String> codes) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (slot.find()) {
            String code = codes.get(slot.group(1));
            if (code == null) throw new IllegalStateException("No value for {" + slot.group(1) + "} in " + template);
            slot.appendReplacement(filled, Matcher.quoteReplacement(code));
        }
        return slot.appendTail(filled).toString();
    }
}
