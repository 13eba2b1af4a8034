package org.w3id.iasante.hdh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.iasante.api.RoadmapGraph;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.load.GraphImport;
import org.w3id.iasante.load.Loader;
import org.w3id.iasante.ontology.IAS;
import org.w3id.iasante.query.CatalogueQuery;
import org.w3id.iasante.query.ResultRows;
import org.w3id.iasante.query.Term;
import org.w3id.iasante.query.TermTriple;
import org.w3id.iasante.store.EmbeddedStore;
import org.w3id.iasante.store.GraphStore;
import org.w3id.iasante.support.KnowledgeFolder;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.validation.KnowledgeValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Health Data Hub import, on the team's snapshot of the real metadata (skipped, saying so, where it is absent).
 * The questions share one store filled as the served store is (the repository's files synchronised, then the
 * import), once for the class: each filling took seconds, and three tests used to make their own; a test that
 * writes something else opens a store of its own.
 */
class HdhImportTests {

    private static final String ID = "https://w3id.org/ia-sante/id/";
    private static final String HDH = ID + "organization/health-data-hub";
    private static final Property SCHEMA_URL = ResourceFactory.createProperty("https://schema.org/url");
    private static final Property SCHEMA_MAINTAINER = ResourceFactory.createProperty("https://schema.org/maintainer");

    /** The knowledge with the import, read by every test that only asks; written once, here. */
    private static EmbeddedStore storeWithHdh;
    /** The repository's files {@link #storeWithHdh} was synchronised with. */
    private static List<KnowledgeFile> knowledgeFiles;
    /** What adding the import's graphs to {@link #storeWithHdh} answered: whether they were written. */
    private static boolean hdhGraphsWritten;

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    @BeforeAll
    static void importTheHdhMetadataOnce() {
        assumeTrue(
                RepositoryKnowledge.hdhAvailable(),
                "the HDH metadata is not at "
                        + RepositoryKnowledge.HDH.resolve("schema-snds").normalize()
                        + " (the team's ../shared/hdh beside the checkout; set -Dias.hdh-dir)");
        storeWithHdh = EmbeddedStore.open(shared.resolve("store"));
        knowledgeFiles =
                KnowledgeFolder.copyOfRepository(shared.resolve("knowledge")).files();
        // The knowledge, then the HDH graphs, go in through the same paths as into the served store.
        Loader.into(storeWithHdh).sync(knowledgeFiles);
        hdhGraphsWritten =
                Loader.into(storeWithHdh).replace(RepositoryKnowledge.hdh().asImport());
    }

    @AfterAll
    static void closeTheSharedStore() {
        if (storeWithHdh != null) storeWithHdh.close();
    }

    @Test
    void theCountsMatchTheInputsExactly() {
        HdhImport.Counts counts = RepositoryKnowledge.hdh().counts();
        assertThat(counts.products()).isEqualTo(12);
        assertThat(counts.tables()).isEqualTo(188);
        assertThat(counts.variables()).isEqualTo(4815);
        assertThat(counts.foreignKeys()).isEqualTo(197);
        assertThat(counts.codes())
                .as("14 + 46 + 117 + 34 rows of the four code lists")
                .isEqualTo(211);
        assertThat(counts.departements()).isEqualTo(117);
        assertThat(counts.vocabularies()).isEqualTo(12);
        assertThat(counts.concepts()).isEqualTo(771);
    }

    @Test
    void everyDepartementOfTheListIsMappedToItsRegionCodeAndTheRealRegionsToTheirArs() {
        GraphStore store = storeWithHdh;
        assertThat(hdhGraphsWritten).as("the import's graphs were written").isTrue();
        ResultRows unmapped = store.select("""
                SELECT ?d WHERE { ?d <http://www.w3.org/2004/02/skos/core#inScheme> <https://w3id.org/ia-sante/id/snds-code-list/IR_DPT_V>
                  FILTER NOT EXISTS { ?d <https://w3id.org/ia-sante/def#regionCode> ?code } }""");
        assertThat(unmapped.rows()).isEmpty();
        ResultRows arsCount = store.select("""
                SELECT (COUNT(?ars) AS ?n) WHERE { ?ars <http://www.w3.org/ns/org#subOrganizationOf> <https://w3id.org/ia-sante/id/organization/ars> }""");
        assertThat(arsCount.rows().get(0).get("n").asInt()).isEqualTo(18);
        ResultRows orphans = store.select("""
                SELECT ?d WHERE { ?d <https://w3id.org/ia-sante/def#inRegion> ?region
                  FILTER NOT EXISTS { ?ars <http://purl.org/dc/terms/spatial> ?region } }""");
        assertThat(orphans.rows())
                .as("every région a département is in has its ARS")
                .isEmpty();
    }

    @ParameterizedTest(name = "département {0} -> {1}")
    @CsvSource({"69, ARS-84", "2A, ARS-94", "971, ARS-01", "974, ARS-05", "976, ARS-06", "75, ARS-11"})
    void theArsOfADepartementIsOneCatalogueQueryAway(String departement, String ars) {
        try (RoadmapGraph graph = RoadmapGraph.over(storeWithHdh, RepositoryKnowledge.catalogue())) {
            ResultRows rows = graph.select(
                    "select-ars-for-departement", Map.of("code", Term.literal(departement, Term.XSD + "string")));
            assertThat(rows.rows())
                    .singleElement()
                    .satisfies(r -> assertThat(r.get("arsCode").value()).isEqualTo(ars));
        }
    }

    @Test
    void aSecondImportOfTheSameInputsChangesNothing() {
        assertThat(hdhGraphsWritten).as("the first import was written").isTrue();
        var version = storeWithHdh.dataVersion();

        HdhImport again = HdhImport.read(HdhFiles.in(RepositoryKnowledge.HDH), RepositoryKnowledge.knowledge());

        assertThat(again.digest()).isEqualTo(RepositoryKnowledge.hdh().digest());
        assertThat(Loader.into(storeWithHdh).replace(again.asImport())).isFalse();
        assertThat(storeWithHdh.dataVersion().tag()).isEqualTo(version.tag());
    }

    @Test
    void theRecordedDigestCoversTheMappingAsWellAsTheInputs() {
        HdhFiles files = HdhFiles.in(RepositoryKnowledge.HDH);
        assertThat(HdhImport.digestOf(files))
                .isEqualTo(RepositoryKnowledge.hdh().digest())
                .isNotEqualTo(files.digest());
        // An empty store of its own, in memory: what is recorded does not depend on where.
        try (EmbeddedStore store = EmbeddedStore.inMemory(new KnowledgeBase(List.of(), List.of()), Duration.ZERO)) {
            // A store filled by an older mapping recorded the inputs' digest alone. What is recorded is
            // the digest and the graphs' names, so a triple per graph does (the whole import took seconds).
            Map<String, List<TermTriple>> firstTriples = new TreeMap<>();
            RepositoryKnowledge.hdh()
                    .asImport()
                    .graphs()
                    .forEach((name, triples) -> firstTriples.put(name, triples.subList(0, 1)));
            Loader.into(store).replace(new GraphImport(HdhImport.ORIGIN, files.digest(), firstTriples));
            assertThat(Loader.into(store).holdsImport(HdhImport.ORIGIN, files.digest(), HdhImport.GRAPHS))
                    .as("the older import is recorded")
                    .isTrue();
            assertThat(Loader.into(store).holdsImport(HdhImport.ORIGIN, HdhImport.digestOf(files), HdhImport.GRAPHS))
                    .as("same inputs, another mapping: imported again")
                    .isFalse();
        }
    }

    @Test
    void theStartUpSynchronisationLeavesTheImportedGraphsAlone() {
        // The shared store was synchronised, then given the import, as a start-up with HDH does; a restart syncs again.
        assertThat(Loader.into(storeWithHdh).sync(knowledgeFiles).removed()).isEmpty();
        assertThat(storeWithHdh.ask("ASK { <https://w3id.org/ia-sante/id/snds-table/IR_BEN_R> ?p ?o }"))
                .isTrue();
    }

    @Test
    void aTruncatedSchemaFileFailsWithItsNameAndPositionAndTheStoreKeepsThePreviousImport() throws IOException {
        Path copy = copyOfHdh();
        Path table = copy.resolve("schema-snds/schemas/BENEFICIAIRE/IR_BEN_R.json");
        String json = Files.readString(table);
        Files.writeString(table, json.substring(0, json.length() / 2));

        // Reading writes nothing: the store that holds the previous import is the shared one, left as it was.
        long before = schemaTriples(storeWithHdh);

        assertThatThrownBy(() -> HdhImport.read(HdhFiles.in(copy), RepositoryKnowledge.knowledge()))
                .isInstanceOf(HdhInputException.class)
                .hasMessageMatching("(?s)schema-snds/schemas/BENEFICIAIRE/IR_BEN_R.json:\\d+:\\d+: not valid JSON.*");

        assertThat(schemaTriples(storeWithHdh)).isEqualTo(before).isPositive();
    }

    private static long schemaTriples(GraphStore store) {
        return store.select("SELECT (COUNT(*) AS ?n) { GRAPH <" + HdhImport.SCHEMA_GRAPH + "> { ?s ?p ?o } }")
                .rows()
                .get(0)
                .get("n")
                .asInt();
    }

    @Test
    void aCodeListRowWithAMissingCellIsReportedWithItsLine() throws IOException {
        Path copy = copyOfHdh();
        Path list = copy.resolve("schema-snds/nomenclatures/ORAVAL/IR_DPT_V.csv");
        List<String> lines = Files.readAllLines(list);
        lines.set(5, "004;93");
        Files.write(list, lines);

        assertThatThrownBy(() -> HdhImport.read(HdhFiles.in(copy), RepositoryKnowledge.knowledge()))
                .isInstanceOf(HdhInputException.class)
                .hasMessageContaining("schema-snds/nomenclatures/ORAVAL/IR_DPT_V.csv:6")
                .hasMessageContaining("2 cells where the header has 4");
    }

    @Test
    void aMalformedVocabularyIsReportedWithItsLine() throws IOException {
        Path copy = copyOfHdh();
        Path vocabulary = copy.resolve("hdh-metadata-catalogue-model/vocab/Booleans.yml");
        Files.writeString(vocabulary, Files.readString(vocabulary) + "\n  broken: [unclosed\n");

        assertThatThrownBy(() -> HdhImport.read(HdhFiles.in(copy), RepositoryKnowledge.knowledge()))
                .isInstanceOf(HdhInputException.class)
                .hasMessageMatching("(?s)hdh-metadata-catalogue-model/vocab/Booleans.yml:\\d+:\\d+: not valid YAML.*");
    }

    @Test
    void aMissingFolderSaysWhatIsExpected() {
        assertThatThrownBy(() -> HdhFiles.in(temp.resolve("nowhere")))
                .isInstanceOf(HdhInputException.class)
                .hasMessageContaining("no such folder");
    }

    @Test
    void theImportReportsItsTimeAndRate() {
        assertThat(RepositoryKnowledge.hdh().describe(Duration.ofMillis(1500)))
                .contains("188 tables", "4815 variables", "197 foreign keys", "triples/s", "HealthDCAT-AP shapes");
    }

    @Test
    void theCuratedLinksAreAGraphOfTheirOwnOnTheirOwnProperty() {
        var links = RepositoryKnowledge.hdh().graphs().get(HdhImport.LINKS_GRAPH);
        assertThat(links.find(null, org.w3id.iasante.ontology.IAS.curatedRelation.asNode(), null)
                        .toList())
                .as("the Health Data Hub programme's one, and ESMS numérique's 20")
                .hasSize(21);
        assertThat(RepositoryKnowledge.hdh()
                        .graphs()
                        .get(HdhImport.SCHEMA_GRAPH)
                        .find(null, org.w3id.iasante.ontology.IAS.curatedRelation.asNode(), null)
                        .hasNext())
                .isFalse();
    }

    @Test
    void theCatalogueIsTitledInBothLanguagesFromOurFileAndHoldsEveryProductAndTable() {
        Model schema = ModelFactory.createModelForGraph(
                RepositoryKnowledge.hdh().graphs().get(HdhImport.SCHEMA_GRAPH));
        Resource catalog = schema.getResource(ID + "hdh-catalog/schema-snds");
        assertThat(catalog.hasProperty(RDF.type, DCAT.Catalog)).isTrue();
        assertThat(catalog.listProperties(SKOS.prefLabel)
                        .mapWith(s -> s.getLiteral().getLexicalForm() + "@" + s.getLanguage())
                        .toList())
                .containsExactlyInAnyOrder(
                        "Dictionnaire des données du SNDS (schéma du Health Data Hub)@fr",
                        "SNDS data dictionary (Health Data Hub schema)@en");
        assertThat(catalog.getPropertyResourceValue(DCTerms.source)).hasToString(ID + "source/hdh-schema-snds");
        assertThat(catalog.listProperties(DCAT.dataset).toList())
                .as("12 products and 188 tables")
                .hasSize(200);
    }

    @Test
    void eachTableSchemaAndForeignKeyIsLabelledInBothLanguagesFromOurFileItsCodesFilledIn() {
        Model schema = ModelFactory.createModelForGraph(
                RepositoryKnowledge.hdh().graphs().get(HdhImport.SCHEMA_GRAPH));
        assertThat(labels(schema.getResource(ID + "snds-table-schema/IR_BEN_R")))
                .containsExactlyInAnyOrder("Schéma de la table IR_BEN_R@fr", "Schema of table IR_BEN_R@en");
        Resource key = schema.getResource(ID + "snds-foreign-key/ER_PRS_F--1");
        assertThat(labels(key))
                .hasSize(2)
                .allSatisfy(label -> assertThat(label)
                        .matches("(Clé étrangère|Foreign key) ER_PRS_F \\(.+\\) → [A-Z_]+ \\(.+\\)@(fr|en)"));
        assertThat(schema.listObjectsOfProperty(SKOS.prefLabel)
                        .mapWith(label -> label.asLiteral().getLexicalForm())
                        .filterKeep(label -> label.contains("{"))
                        .toList())
                .as("a slot left unfilled")
                .isEmpty();
    }

    private static List<String> labels(Resource resource) {
        return resource.listProperties(SKOS.prefLabel)
                .mapWith(s -> s.getLiteral().getLexicalForm() + "@" + s.getLanguage())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"naissance", "décès", "sexe"})
    void theWordIndexFindsWhatAScanOfEveryNameAndDescriptionFinds(String word) {
        GraphStore store = storeWithHdh;
        try (RoadmapGraph graph = RoadmapGraph.over(store, RepositoryKnowledge.catalogue())) {
            ResultRows scanned = store.select("""
                    PREFIX dcterms: <http://purl.org/dc/terms/>
                    PREFIX csvw: <http://www.w3.org/ns/csvw#>
                    SELECT DISTINCT ?variable WHERE {
                      ?variable a csvw:Column ; csvw:name ?name .
                      OPTIONAL { ?variable dcterms:description ?description }
                      FILTER (CONTAINS(LCASE(?name), "%s") || CONTAINS(LCASE(COALESCE(?description, "")), "%s"))
                    }""".formatted(word, word));
            assertThat(variables(graph, word))
                    .isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(scanned.rows().stream()
                            .map(r -> r.get("variable").value())
                            .toList());
        }
    }

    @Test
    void theWordIndexIgnoresCaseAndAccentsTypedWithout() {
        try (RoadmapGraph graph = RoadmapGraph.over(storeWithHdh, RepositoryKnowledge.catalogue())) {
            List<String> deces = variables(graph, "décès");
            assertThat(variables(graph, "DÉCÈS")).isEqualTo(deces);
            assertThat(variables(graph, "deces")).containsAll(deces);
            assertThat(variables(graph, "Naissance")).isEqualTo(variables(graph, "naissance"));
        }
    }

    @Test
    void onlyTheSourceDocumentsNameAPublisherAndTheSchemaReadmeSaysWhoMaintainsIt() {
        Model hdh = hdhGraphs();
        assertThat(hdh.listSubjectsWithProperty(DCTerms.publisher).toList())
                .as("a README that says who maintains a repository names no publisher of what it describes")
                .isNotEmpty()
                .allSatisfy(subject -> assertThat(subject.hasProperty(RDF.type, IAS.SourceDocument))
                        .as("%s names a publisher", subject)
                        .isTrue());
        Resource schema = hdh.getResource(ID + "source/hdh-schema-snds");
        assertThat(schema.listProperties(SCHEMA_MAINTAINER)
                        .mapWith(Statement::getObject)
                        .toList())
                .containsExactly(hdh.getResource(HDH));
        assertThat(schema.getPropertyResourceValue(DCTerms.publisher)).isNotEqualTo(hdh.getResource(HDH));
        assertThat(schema.listProperties(DCTerms.description)
                        .mapWith(s -> s.getString())
                        .toList())
                .anySatisfy(text -> assertThat(text).contains("Ce projet est maintenu par le Health Data Hub"));
    }

    @Test
    void aLicenceIsStatedOnlyWhereTheRepositoryStatesOneForTheFilesRead() {
        Model hdh = hdhGraphs();
        String mpl = "https://spdx.org/licenses/MPL-2.0.html";
        assertThat(licences(hdh, "hdh-schema-snds")).containsExactly(mpl);
        assertThat(licences(hdh, "hdh-dico-snds")).containsExactly(mpl);
        assertThat(licences(hdh, "hdh-healthdcat-ap-vocabularies"))
                .as(
                        "the exporter is Apache-2.0, but the copied files state no licence and the HDH originals' is unknown")
                .isEmpty();
    }

    @Test
    void aLicenceOfTheNextSectionOfTheSourceNoteIsNotTakenForThisOne() throws IOException {
        Files.writeString(temp.resolve("SOURCE.md"), """
                ## 1. `first/`
                - **Origin:** github `someone/first-repo`, commit `%s`.
                - **Licence:** none stated.

                ## 2. `second/`
                - **Origin:** github `someone/second-repo`, commit `%s`.
                - **Licence:** Apache License 2.0 (the repository's `LICENSE` file).

                ## 3. `third/`
                - **Origin:** github `someone/third-repo`, commit `%s`.
                - **Licence:** the exporter repository is Apache License 2.0 (its `LICENSE` file). No licence is
                  stated inside the copied data files.
                """.formatted("a".repeat(40), "b".repeat(40), "c".repeat(40)));

        assertThat(Provenance.of(temp, "first-repo", "x/y").licence()).isEmpty();
        assertThat(Provenance.of(temp, "second-repo", "x/y").licence())
                .contains("https://spdx.org/licenses/Apache-2.0.html");
        assertThat(Provenance.of(temp, "third-repo", "x/y").licence()).isEmpty();
        assertThat(Provenance.of(temp, "third-repo", "x/y").commit()).contains("c".repeat(40));
    }

    @ParameterizedTest(name = "Booleans--{0}")
    @CsvSource({"true", "false"})
    void aTermWhoseValueIsNoIriSaysSoAndNotThatItIsOnADevelopmentHost(String term) {
        Resource concept = hdhGraphs().getResource(ID + "hdh-concept/Booleans--" + term);
        List<Literal> notes = concept.listProperties(SKOS.editorialNote)
                .mapWith(Statement::getLiteral)
                .toList();
        assertThat(notes)
                .extracting(Literal::getLexicalForm)
                .allSatisfy(note -> assertThat(note)
                        .contains("\"" + term + "\"")
                        .doesNotContain("development host", "développement"));
        assertThat(notes).extracting(Literal::getLanguage).containsExactlyInAnyOrder("fr", "en");
        Resource minted = hdhGraphs().getResource(ID + "hdh-concept/HealthCategories--EHRS");
        assertThat(minted.listProperties(SKOS.editorialNote)
                        .mapWith(s -> s.getString())
                        .toList())
                .anySatisfy(note -> assertThat(note).contains("13.81.34.152", "development host"));
    }

    @Test
    void eachCodeListIsCountedOnceAsTheInputsHoldThem() throws IOException {
        Set<String> referred = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RepositoryKnowledge.HDH.resolve("schema-snds/schemas"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                for (JsonNode field :
                        JsonMapper.builder().build().readTree(file.toFile()).path("fields")) {
                    String list =
                            field.path("nomenclature").asString("-").strip().split(":")[0];
                    if (!list.isEmpty() && !list.equals("-")) referred.add(list);
                }
            }
        }
        Set<String> titled = new TreeSet<>();
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(RepositoryKnowledge.HDH.resolve("dico-snds/snds_nomenclatures.csv")))) {
            parser.forEach(row -> titled.add(row.get("nomenclature")));
        }
        assertThat(referred)
                .as("the lists the variables name are the lists the dictionary titles")
                .isEqualTo(titled);
        assertThat(referred).hasSize(157);

        assertThat(RepositoryKnowledge.hdh().counts().codeLists()).isEqualTo(referred.size());
        assertThat(hdhGraphs()
                        .listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme)
                        .toList())
                .filteredOn(s -> s.getURI().startsWith(ID + "snds-code-list/"))
                .hasSize(referred.size());
        assertThat(RepositoryKnowledge.hdh().describe(Duration.ofSeconds(1))).contains("157 code lists");
    }

    @Test
    void everySourceDocumentOfTheImportConformsToTheSourceShapesWithItsKind() {
        Model hdh = hdhGraphs();
        Map<String, String> kinds = new TreeMap<>();
        hdh.listSubjectsWithProperty(RDF.type, IAS.SourceDocument)
                .forEach(document -> kinds.put(
                        document.getURI().substring((ID + "source/").length()),
                        Optional.ofNullable(document.getPropertyResourceValue(DCTerms.type))
                                .map(Resource::getURI)
                                .orElse("")));
        assertThat(kinds)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "hdh-schema-snds", ID + "source-kind/P",
                        "hdh-dico-snds", ID + "source-kind/P",
                        "hdh-healthdcat-ap-vocabularies", ID + "source-kind/P-copy",
                        "curation-hdh-links", ID + "source-kind/C",
                        "hdh-search-words", ID + "source-kind/C"));
        assertThat(hdh.getResource(ID + "source/hdh-schema-snds").getPropertyResourceValue(SCHEMA_URL))
                .hasToString("https://github.com/indsante/schema-snds/tree/fe17ef8348aeb74f38c29016f49e65f82a6168b6");

        Graph union = RepositoryKnowledge.knowledge().unionForValidation();
        hdh.getGraph().find().forEach(union::add);
        var report = KnowledgeValidator.validate(RepositoryKnowledge.knowledge().shapes(), union, node -> List.of());
        assertThat(report.violations())
                .filteredOn(v ->
                        kinds.containsKey(v.focusNode().substring(v.focusNode().lastIndexOf('/') + 1)))
                .isEmpty();
    }

    @Test
    void theCatalogueViolationChecksFindNothingWithTheHdhImported() {
        Map<String, List<Map<String, Term>>> found = new TreeMap<>();
        for (CatalogueQuery check : RepositoryKnowledge.catalogue().violationChecks()) {
            found.put(check.name(), storeWithHdh.select(check.text()).rows());
        }
        assertThat(found).containsKeys("unlabelled-resource-violation", "unsourced-resource-violation");
        assertThat(found)
                .allSatisfy((name, rows) -> assertThat(rows)
                        .as(
                                "%s finds %d rows, first %s",
                                name, rows.size(), rows.stream().limit(3).toList())
                        .isEmpty());
    }

    @Test
    void everyCuratedLinkCarriesItsReasoningInBothLanguagesInADocumentOfKindC() {
        Model links = ModelFactory.createModelForGraph(
                RepositoryKnowledge.hdh().graphs().get(HdhImport.LINKS_GRAPH));
        Resource document = links.getResource(ID + "source/curation-hdh-links");
        assertThat(document.getPropertyResourceValue(DCTerms.type)).hasToString(ID + "source-kind/C");
        List<Statement> drawn =
                links.listStatements(null, IAS.curatedRelation, (RDFNode) null).toList();
        assertThat(drawn).hasSize(21);
        for (Statement link : drawn) {
            List<Resource> reasons = links.listSubjectsWithProperty(RDF.subject, link.getSubject())
                    .filterKeep(r -> r.hasProperty(RDF.predicate, IAS.curatedRelation)
                            && r.hasProperty(RDF.object, link.getObject()))
                    .toList();
            assertThat(reasons).as("the reasoning of %s", link).singleElement().satisfies(reason -> {
                assertThat(reason.listProperties(SKOS.editorialNote)
                                .mapWith(s -> s.getLiteral().getLanguage())
                                .toList())
                        .containsExactlyInAnyOrder("fr", "en");
                assertThat(reason.getPropertyResourceValue(DCTerms.source)).isEqualTo(document);
            });
        }
    }

    @Test
    void aCuratedLinkWithoutItsReasoningBreaksTheHdhShapes() {
        Graph links = GraphFactory.createDefaultGraph();
        RepositoryKnowledge.hdh()
                .graphs()
                .get(HdhImport.LINKS_GRAPH)
                .find()
                .filterDrop(t -> t.getPredicate().equals(SKOS.editorialNote.asNode())
                        && t.getSubject().getURI().endsWith("ETE_CAT_SNDS-4501"))
                .forEach(links::add);
        Graph hdhShapes = RepositoryKnowledge.knowledge().ontology().stream()
                .filter(s -> s.graphName().equals(HdhImport.HDH_SHAPES))
                .findFirst()
                .orElseThrow()
                .graph();

        var report = KnowledgeValidator.validate(hdhShapes, links, node -> List.of());

        assertThat(report.violations())
                .singleElement()
                .satisfies(v -> assertThat(v.focusNode()).isEqualTo(ID + "programme/esms-numerique"))
                .satisfies(v -> assertThat(v.value()).isEqualTo(ID + "snds-code/ETE_CAT_SNDS--4501"));
    }

    @Test
    void theMedicoSocialCategoriesLinkedAreTheFourThousandCodesOfTheList() throws IOException {
        List<String> fourThousands = Files.readAllLines(
                        RepositoryKnowledge.HDH.resolve("schema-snds/nomenclatures/OPENDAMIR/ETE_CAT_SNDS.csv"))
                .stream()
                .skip(1)
                .map(line -> line.split(";")[0])
                .filter(code -> code.startsWith("4"))
                .map(code -> ID + "snds-code/ETE_CAT_SNDS--" + code)
                .toList();
        Model links = ModelFactory.createModelForGraph(
                RepositoryKnowledge.hdh().graphs().get(HdhImport.LINKS_GRAPH));
        assertThat(links.getResource(ID + "programme/esms-numerique")
                        .listProperties(IAS.curatedRelation)
                        .mapWith(s -> s.getResource().getURI())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(fourThousands)
                .hasSize(20);
    }

    private static Model hdhGraphs() {
        Model union = ModelFactory.createDefaultModel();
        RepositoryKnowledge.hdh().graphs().values().forEach(g -> g.find().forEach(union.getGraph()::add));
        return union;
    }

    private static List<String> licences(Model hdh, String slug) {
        return hdh.getResource(ID + "source/" + slug)
                .listProperties(DCTerms.license)
                .mapWith(s -> s.getResource().getURI())
                .toList();
    }

    private static List<String> variables(RoadmapGraph graph, String word) {
        return graph
                .select("select-snds-variables-mentioning", Map.of("term", Term.literal(word, Term.XSD + "string")))
                .rows()
                .stream()
                .map(r -> r.get("variable").value())
                .distinct()
                .toList();
    }

    private Path copyOfHdh() throws IOException {
        Path copy = temp.resolve("hdh");
        try (Stream<Path> files = Files.walk(RepositoryKnowledge.HDH)) {
            for (Path file : files.toList()) {
                Path target =
                        copy.resolve(RepositoryKnowledge.HDH.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }
}
