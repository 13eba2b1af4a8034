package org.w3id.iasante.hdh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.ontology.IaSanteIris;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SNDS data dictionary in Table Schema JSON: each product and table a {@code dcat:Dataset},
 * each variable a {@code csvw:Column} with its datatype, description and code list, each foreign
 * key a {@code csvw:ForeignKey} between two tables.
 */
final class SndsSchemaReader {

    /** Table Schema types → XSD datatypes. */
    private static final Map<String, XSDDatatype> TYPES = Map.of(
            "string",
            XSDDatatype.XSDstring,
            "integer",
            XSDDatatype.XSDinteger,
            "number",
            XSDDatatype.XSDdecimal,
            "date",
            XSDDatatype.XSDdate,
            "datetime",
            XSDDatatype.XSDdateTime,
            "boolean",
            XSDDatatype.XSDboolean,
            "year",
            XSDDatatype.XSDgYear,
            "yearmonth",
            XSDDatatype.XSDgYearMonth);

    /** A label composed by us from the codes (a schema's, a foreign key's): said with ias:labelOrigin. */
    static final String CURATED_LABEL = IaSanteIris.ID + "label-origin/curated";

    private final JsonMapper json = JsonMapper.builder().build();
    private final HdhFiles files;

    int tables;
    int variables;
    int foreignKeys;
    int products;

    SndsSchemaReader(HdhFiles files) {
        this.files = files;
    }

    static String tableIri(String table) {
        return IaSanteIris.ID + "snds-table/" + table;
    }

    static String codeListIri(String name) {
        return IaSanteIris.ID + "snds-code-list/" + name;
    }

    static String productIri(String product) {
        String ascii = Normalizer.normalize(product, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return IaSanteIris.ID + "snds-product/" + ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** Adds the catalogue, products, tables, variables and keys to {@code model}; returns the code lists referred to. */
    List<String> read(Model model, Resource catalog, Resource source) {
        List<String> codeLists = new ArrayList<>();
        for (Path file : schemaFiles()) {
            JsonNode table = parse(file);
            String name = text(table, "name", file);
            String product = text(table, "produit", file);
            Resource productResource = model.createResource(productIri(product));
            if (!model.contains(productResource, RDF.type, DCAT.Dataset)) {
                products++;
                productResource
                        .addProperty(RDF.type, DCAT.Dataset)
                        .addProperty(DCTerms.identifier, product)
                        .addProperty(DCTerms.title, model.createLiteral(product, "fr"))
                        // The product's name as the schema writes it ("DCIR", "PMSI MCO", "Causes de décès") is its
                        // name in both languages, as a programme's name is.
                        .addProperty(SKOS.prefLabel, model.createLiteral(product, "fr"))
                        .addProperty(SKOS.prefLabel, model.createLiteral(product, "en"))
                        .addProperty(DCTerms.source, source);
                catalog.addProperty(DCAT.dataset, productResource);
            }
            String title = table.path("title").asString(name).strip();
            if (title.isEmpty()) title = name;
            // The French title as written; in English the table's code, which is the same in any language
            // (no English title exists, and thousands of titles are not ours to translate).
            Resource tableResource = model.createResource(tableIri(name))
                    .addProperty(RDF.type, DCAT.Dataset)
                    .addProperty(RDF.type, HdhVocabulary.Table)
                    .addProperty(DCTerms.identifier, name)
                    .addProperty(DCTerms.title, model.createLiteral(title, "fr"))
                    .addProperty(SKOS.prefLabel, model.createLiteral(title, "fr"))
                    .addProperty(SKOS.prefLabel, model.createLiteral(name, "en"))
                    .addProperty(DCTerms.isPartOf, productResource)
                    .addProperty(DCTerms.source, source);
            productResource.addProperty(DCTerms.hasPart, tableResource);
            catalog.addProperty(DCAT.dataset, tableResource);
            Resource schema = model.createResource(IaSanteIris.ID + "snds-table-schema/" + name)
                    .addProperty(RDF.type, HdhVocabulary.Schema)
                    .addProperty(IAS.labelOrigin, model.createResource(CURATED_LABEL))
                    .addProperty(DCTerms.source, source);
            CuratedLabels.label(schema, CuratedLabels.TABLE_SCHEMA, Map.of("table", name));
            tableResource.addProperty(HdhVocabulary.tableSchema, schema);
            tables++;

            JsonNode fields = table.path("fields");
            if (!fields.isArray() || fields.isEmpty())
                throw new HdhInputException(files.name(file), "a table must list its fields");
            for (JsonNode field : fields) {
                String variable = text(field, "name", file);
                Resource column = model.createResource(IaSanteIris.ID + "snds-variable/" + name + "--" + variable)
                        .addProperty(RDF.type, HdhVocabulary.Column)
                        .addProperty(HdhVocabulary.name, variable)
                        // A variable has a code and a description, no title: its code, in any language.
                        .addProperty(SKOS.prefLabel, model.createLiteral(variable, "fr"))
                        .addProperty(SKOS.prefLabel, model.createLiteral(variable, "en"))
                        .addProperty(DCTerms.isPartOf, tableResource)
                        .addProperty(DCTerms.source, source);
                XSDDatatype type = TYPES.get(field.path("type").asString(""));
                if (type == null) {
                    throw new HdhInputException(
                            files.name(file),
                            "field " + variable + " has the unknown type '"
                                    + field.path("type").asString("") + "'; known: " + TYPES.keySet());
                }
                column.addProperty(HdhVocabulary.datatype, model.createResource(type.getURI()));
                String description = field.path("description").asString("").strip();
                if (!description.isEmpty())
                    column.addProperty(DCTerms.description, model.createLiteral(description, "fr"));
                // "IR_BER_V:BEN_RNG_GEM" names a list and the column of it the values come from: the list is IR_BER_V.
                String nomenclature =
                        field.path("nomenclature").asString("-").strip().split(":")[0];
                if (!nomenclature.isEmpty() && !nomenclature.equals("-")) {
                    column.addProperty(IAS.codeList, model.createResource(codeListIri(nomenclature)));
                    if (!codeLists.contains(nomenclature)) codeLists.add(nomenclature);
                }
                schema.addProperty(HdhVocabulary.column, column);
                variables++;
            }
            JsonNode primaryKey = table.path("primaryKey");
            for (JsonNode key : primaryKey.isArray() ? primaryKey : List.of(primaryKey)) {
                if (key.isString()) schema.addProperty(HdhVocabulary.primaryKey, key.asString());
            }
            int index = 0;
            for (JsonNode foreignKey : table.path("foreignKeys")) {
                String referenced = text(foreignKey.path("reference"), "resource", file);
                String from = name + " (" + columns(foreignKey.path("fields")).replace(" ", ", ") + ")";
                String to = referenced + " ("
                        + columns(foreignKey.path("reference").path("fields")).replace(" ", ", ") + ")";
                Resource key = model.createResource(IaSanteIris.ID + "snds-foreign-key/" + name + "--" + (++index))
                        .addProperty(RDF.type, HdhVocabulary.ForeignKey)
                        .addProperty(IAS.labelOrigin, model.createResource(CURATED_LABEL))
                        .addProperty(IAS.fromTable, tableResource)
                        .addProperty(IAS.toTable, model.createResource(tableIri(referenced)))
                        .addProperty(HdhVocabulary.columnReference, columns(foreignKey.path("fields")))
                        .addProperty(
                                IAS.referencedColumns,
                                columns(foreignKey.path("reference").path("fields")))
                        .addProperty(DCTerms.source, source);
                CuratedLabels.label(key, CuratedLabels.FOREIGN_KEY, Map.of("from", from, "to", to));
                schema.addProperty(HdhVocabulary.foreignKey, key);
                foreignKeys++;
            }
        }
        return codeLists;
    }

    private List<Path> schemaFiles() {
        try (Stream<Path> paths = Files.walk(files.schemas())) {
            return paths.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new HdhInputException(files.name(files.schemas()), "cannot list: " + e.getMessage());
        }
    }

    JsonNode parse(Path file) {
        try {
            return json.readTree(file.toFile());
        } catch (JacksonException e) {
            TokenStreamLocation where = e.getLocation();
            throw new HdhInputException(
                    files.name(file),
                    where == null ? -1 : where.getLineNr(),
                    where == null ? -1 : where.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage(),
                    e);
        }
    }

    private String text(JsonNode node, String key, Path file) {
        JsonNode value = node.path(key);
        if (!value.isString() || value.asString().isBlank()) {
            throw new HdhInputException(
                    files.name(file), "missing \"" + key + "\" (Table Schema): the file is incomplete");
        }
        return value.asString().strip();
    }

    private static String columns(JsonNode fields) {
        if (fields.isArray()) {
            List<String> names = new ArrayList<>();
            fields.forEach(f -> names.add(f.asString()));
            return String.join(" ", names);
        }
        return fields.asString("");
    }
}
