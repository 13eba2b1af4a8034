package org.w3id.iasante.hdh;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iasante.ontology.IaSanteIris;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The controlled vocabularies of the HDH metadata catalogue (HealthDCAT-AP), one YAML file each:
 * {@code <Name>: {vocabulary_list: {key: URI}, en: {key: label}, fr: {key: label}}}. Each becomes a
 * {@code skos:ConceptScheme}; a term keeps its URI when that is a stable identifier (EU authority
 * tables, DPV…), and gets one of ours, with a note saying why, when the file points at a
 * development host (an IP address) or gives a value that is no IRI at all (Booleans: "true").
 */
final class VocabularyReader {

    private final HdhFiles files;

    int vocabularies;
    int concepts;

    VocabularyReader(HdhFiles files) {
        this.files = files;
    }

    void read(Model model, Resource source) {
        List<Path> yamls;
        try (Stream<Path> paths = Files.list(files.vocabularies())) {
            yamls = paths.filter(
                            p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new HdhInputException(files.name(files.vocabularies()), "cannot list: " + e.getMessage());
        }
        for (Path file : yamls) {
            Map<String, Object> document = load(file);
            if (document.size() != 1)
                throw new HdhInputException(files.name(file), "expected one vocabulary, found " + document.size());
            String name = document.keySet().iterator().next();
            Map<String, Object> body = map(document.get(name), file, name);
            Map<String, Object> terms = map(body.get("vocabulary_list"), file, "vocabulary_list");
            Map<String, Object> english = body.get("en") == null ? Map.of() : map(body.get("en"), file, "en");
            Map<String, Object> french = body.get("fr") == null ? Map.of() : map(body.get("fr"), file, "fr");
            Resource scheme = model.createResource(IaSanteIris.ID + "hdh-vocabulary/" + name)
                    .addProperty(RDF.type, SKOS.ConceptScheme)
                    .addProperty(DCTerms.identifier, name)
                    // The vocabulary's name in the file ("AccessRights") names it in any language.
                    .addProperty(SKOS.prefLabel, model.createLiteral(name, "fr"))
                    .addProperty(SKOS.prefLabel, model.createLiteral(name, "en"))
                    .addProperty(DCTerms.source, source);
            vocabularies++;
            for (Map.Entry<String, Object> term : terms.entrySet()) {
                String uri = String.valueOf(term.getValue()).strip();
                Resource concept = model.createResource(
                                stable(uri) ? uri : IaSanteIris.ID + "hdh-concept/" + name + "--" + term.getKey())
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.inScheme, scheme)
                        .addProperty(SKOS.notation, term.getKey())
                        .addProperty(DCTerms.source, source);
                if (!stable(uri)) whyMinted(concept, uri);
                // A term the file does not label (FileType: "CSV", "7Z"…) is named by its key, a code in any language.
                String key = String.valueOf(term.getKey());
                concept.addProperty(SKOS.prefLabel, model.createLiteral(labelOr(english.get(term.getKey()), key), "en"))
                        .addProperty(
                                SKOS.prefLabel, model.createLiteral(labelOr(french.get(term.getKey()), key), "fr"));
                concepts++;
            }
        }
    }

    private static String labelOr(Object label, String key) {
        return label == null || String.valueOf(label).isBlank()
                ? key
                : String.valueOf(label).strip();
    }

    /** Says why the term has an IRI of ours: what the source gives instead is not a lasting one. */
    private static void whyMinted(Resource concept, String value) {
        Model model = concept.getModel();
        if (value.startsWith("http")) {
            concept.addProperty(
                            SKOS.editorialNote,
                            model.createLiteral(
                                    "La source donne " + value
                                            + ", sur un hôte de développement (une adresse IP) : ce n'est pas un identifiant stable,"
                                            + " d'où cette IRI-ci.",
                                    "fr"))
                    .addProperty(
                            SKOS.editorialNote,
                            model.createLiteral(
                                    "The source gives " + value
                                            + ", on a development host (an IP address): not a stable identifier, so this one is minted here.",
                                    "en"));
        } else {
            concept.addProperty(
                            SKOS.editorialNote,
                            model.createLiteral(
                                    "La source donne pour ce terme la valeur \"" + value
                                            + "\", qui n'est pas une IRI : cette IRI-ci est créée ici.",
                                    "fr"))
                    .addProperty(
                            SKOS.editorialNote,
                            model.createLiteral(
                                    "The source gives this term the value \"" + value
                                            + "\", which is not an IRI: this one is minted here.",
                                    "en"));
        }
    }

    /** A URI on a bare IP address (the exporter's development host) identifies nothing lasting. */
    static boolean stable(String uri) {
        return uri.startsWith("http") && !uri.matches("https?://\\d+\\.\\d+\\.\\d+\\.\\d+.*");
    }

    private Map<String, Object> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return map(loaded, file, "(document)");
        } catch (MarkedYAMLException e) {
            throw new HdhInputException(
                    files.name(file),
                    e.getProblemMark().getLine() + 1,
                    e.getProblemMark().getColumn() + 1,
                    "not valid YAML: " + e.getProblem(),
                    e);
        } catch (IOException e) {
            throw new HdhInputException(files.name(file), "cannot read: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, Path file, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new HdhInputException(files.name(file), "\"" + where + "\" should be a mapping of keys to values");
        }
        return (Map<String, Object>) map;
    }
}
