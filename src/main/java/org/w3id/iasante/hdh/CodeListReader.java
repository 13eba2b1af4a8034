package org.w3id.iasante.hdh;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.ontology.IaSanteIris;
import tools.jackson.databind.JsonNode;

/**
 * The SNDS code lists: every list a variable refers to becomes a {@code skos:ConceptScheme}
 * (titled from the dictionary's list of code lists); the lists whose values are present (a
 * {@code ;}-separated CSV beside its Table Schema) get one {@code skos:Concept} per value. The
 * département list also says which INSEE region each département belongs to.
 */
final class CodeListReader {

    /** The département code list, whose rows carry a region code. */
    static final String DEPARTEMENTS = "IR_DPT_V";

    private final HdhFiles files;
    private final SndsSchemaReader json;
    /** The regions that have an ARS, by INSEE code ({@link ArsRegions}). */
    private final java.util.Map<String, Node> regions;

    /** Each code list once, whichever graphs describe it (the four lists present are in both). */
    private final Set<String> lists = new TreeSet<>();
    /** The French label each list present got from its own schema, which the dictionary's title must not contradict. */
    private final java.util.Map<String, String> frenchLabels = new java.util.HashMap<>();

    int codes;
    int departements;
    int departementsInARegion;

    CodeListReader(HdhFiles files, SndsSchemaReader json, java.util.Map<String, Node> regions) {
        this.files = files;
        this.json = json;
        this.regions = java.util.Map.copyOf(regions);
    }

    static String codeIri(String list, String code) {
        return IaSanteIris.ID + "snds-code/" + list + "--" + code;
    }

    /**
     * A scheme per code list referred to; titles from {@code snds_nomenclatures.csv} (dictionary
     * source). After {@link #values}, so that a list present keeps the title its own schema gives.
     */
    void schemes(Model model, List<String> referred, Resource dictionarySource) {
        Path titles = files.dico().resolve("snds_nomenclatures.csv");
        java.util.Map<String, String> titleOf = new java.util.HashMap<>();
        for (CSVRecord row : csv(titles, CSVFormat.DEFAULT)) {
            titleOf.put(cell(row, "nomenclature", titles), cell(row, "titre", titles));
        }
        for (String list : referred) {
            Resource scheme = scheme(model, list).addProperty(DCTerms.source, dictionarySource);
            String title = titleOf.getOrDefault(list, "").strip();
            String french = title.isEmpty() ? list : title;
            // A list present under nomenclatures/ is already titled from its own schema: one French label in the union.
            if (french.equals(frenchLabels.getOrDefault(list, french))) label(scheme, french, list);
        }
    }

    /** The values of every code list present as CSV + JSON under {@code nomenclatures/}. */
    void values(Model model, Resource schemaSource) {
        List<Path> tables;
        try (Stream<Path> paths = Files.walk(files.nomenclatures())) {
            tables = paths.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        } catch (IOException e) {
            throw new HdhInputException(files.name(files.nomenclatures()), "cannot list: " + e.getMessage());
        }
        for (Path table : tables) {
            Path schemaFile = Path.of(table.toString().replaceFirst("\\.csv$", ".json"));
            if (!Files.isRegularFile(schemaFile)) {
                throw new HdhInputException(
                        files.name(table), "has no Table Schema beside it (" + schemaFile.getFileName() + ")");
            }
            JsonNode schema = json.parse(schemaFile);
            String list =
                    schema.path("name").asString(table.getFileName().toString().replace(".csv", ""));
            String codeColumn = column(schema, "code", schemaFile);
            String labelColumn = column(schema, "label", schemaFile);
            Resource scheme = scheme(model, list).addProperty(DCTerms.source, schemaSource);
            String title = schema.path("title").asString("").strip();
            if (!frenchLabels.containsKey(list)) {
                frenchLabels.put(list, title.isEmpty() ? list : title);
                label(scheme, frenchLabels.get(list), list);
            }
            for (CSVRecord row :
                    csv(table, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
                String code = cell(row, codeColumn, table);
                String label = cell(row, labelColumn, table).strip();
                Resource concept = model.createResource(codeIri(list, code))
                        .addProperty(RDF.type, SKOS.Concept)
                        .addProperty(SKOS.inScheme, scheme)
                        .addProperty(SKOS.notation, code)
                        .addProperty(DCTerms.source, schemaSource);
                label(concept, label.isEmpty() ? code : label, code);
                codes++;
                if (list.equals(DEPARTEMENTS)) {
                    String region = cell(row, "GEO_REG_COD", table);
                    concept.addProperty(IAS.regionCode, region);
                    String insee = region.length() == 1 ? "0" + region : region;
                    departements++;
                    if (regions.containsKey(insee)) {
                        concept.addProperty(IAS.inRegion, model.wrapAsResource(regions.get(insee)));
                        departementsInARegion++;
                    }
                }
            }
        }
    }

    /**
     * The French label as the input writes it; in English the code, which is the same in any
     * language (the lists have no English titles, and their labels are not ours to translate).
     */
    private static void label(Resource resource, String french, String code) {
        resource.addProperty(SKOS.prefLabel, resource.getModel().createLiteral(french, "fr"))
                .addProperty(SKOS.prefLabel, resource.getModel().createLiteral(code, "en"));
    }

    /** The code lists described, each counted once. */
    int codeLists() {
        return lists.size();
    }

    private Resource scheme(Model model, String list) {
        Resource scheme = model.createResource(SndsSchemaReader.codeListIri(list));
        lists.add(list);
        if (!scheme.hasProperty(RDF.type, SKOS.ConceptScheme)) {
            scheme.addProperty(RDF.type, SKOS.ConceptScheme).addProperty(DCTerms.identifier, list);
        }
        return scheme;
    }

    private String column(JsonNode schema, String role, Path file) {
        for (JsonNode field : schema.path("fields")) {
            if (role.equals(field.path("role").asString("")))
                return field.path("name").asString();
        }
        throw new HdhInputException(
                files.name(file), "no field with \"role\": \"" + role + "\": cannot tell codes from labels");
    }

    private List<CSVRecord> csv(Path file, CSVFormat format) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = format.builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            List<CSVRecord> records = new java.util.ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new HdhInputException(
                            files.name(file),
                            parser.getCurrentLineNumber(),
                            -1,
                            "this row has "
                                    + record.size() + " cells where the header has "
                                    + parser.getHeaderNames().size()
                                    + ": the file is truncated or malformed",
                            null);
                }
                records.add(record);
            }
            return records;
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new HdhInputException(files.name(file), -1, -1, "not valid CSV: " + e.getMessage(), e);
        }
    }

    private String cell(CSVRecord row, String column, Path file) {
        if (!row.isMapped(column)) {
            throw new HdhInputException(files.name(file), "no column \"" + column + "\" in the header");
        }
        return row.get(column);
    }
}
