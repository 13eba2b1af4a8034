package org.w3id.iasante.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.w3id.iasante.knowledge.KnowledgeBase;
import org.w3id.iasante.knowledge.KnowledgeFile;
import org.w3id.iasante.knowledge.KnowledgeParser;
import org.w3id.iasante.knowledge.ParsedSource;
import org.w3id.iasante.validation.KnowledgeValidator;
import org.w3id.iasante.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks the ontology and data files (and any extra data FILEs, as if they were in data/) against the SHACL shapes.",
            "Exit status: 0 conforms, 1 shape violations, 2 a file does not parse."
        })
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(
            names = "--lang",
            defaultValue = "en",
            description = "Language of the messages: fr or en (default: ${DEFAULT-VALUE})")
    String language;

    @Parameters(
            paramLabel = "FILE",
            arity = "0..*",
            description = "Extra TriG data files, each holding the graph named after it")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        KnowledgeBase base = KnowledgeBase.read(knowledge.location());
        List<ParsedSource> data = new ArrayList<>(base.data());
        for (Path file : files) {
            if (!Files.isReadable(file)) throw new IllegalArgumentException("Cannot read " + file + ": no such file");
            data.add(KnowledgeParser.parse(
                    KnowledgeFile.of(file.toString(), KnowledgeFile.Kind.DATA, Files.readAllBytes(file))));
        }
        ValidationReport report = KnowledgeValidator.validate(new KnowledgeBase(base.ontology(), data));
        if (report.conforms()) {
            spec.commandLine().getOut().println("conforms: " + (base.ontology().size() + data.size()) + " files");
            return 0;
        }
        spec.commandLine().getOut().println(report.describe(language));
        spec.commandLine().getOut().println(report.violations().size() + " violation(s) in " + report.failingFiles());
        return 1;
    }
}
