package org.w3id.iasante.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the roadmap ontology ({@code ontology/ia-sante.ttl}), prefix {@code ias}. */
public final class IAS {

    /** The ontology's IRI; also the name of the graph that holds it. */
    public static final String ONTOLOGY = "https://w3id.org/ia-sante/def";

    public static final String NS = ONTOLOGY + "#";

    public static final Resource Roadmap = resource("Roadmap");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource SourceSection = resource("SourceSection");
    public static final Resource Priority = resource("Priority");
    public static final Resource Objective = resource("Objective");
    public static final Resource FundingProgramme = resource("FundingProgramme");
    public static final Resource Governance = resource("Governance");
    public static final Resource Phase = resource("Phase");
    public static final Resource PlannedAction = resource("PlannedAction");
    public static final Resource AdviceNote = resource("AdviceNote");
    public static final Resource GoodToKnow = resource("GoodToKnow");
    public static final Resource PointOfVigilance = resource("PointOfVigilance");
    public static final Resource Audience = resource("Audience");
    public static final Resource LegalAct = resource("LegalAct");
    public static final Resource Strategy = resource("Strategy");
    public static final Resource StrategyChapter = resource("StrategyChapter");
    public static final Resource StrategyEdition = resource("StrategyEdition");
    public static final Resource ActionAxis = resource("ActionAxis");
    public static final Resource CallForProposals = resource("CallForProposals");
    public static final Resource PromotionalSection = resource("PromotionalSection");
    public static final Resource Alignment = resource("Alignment");
    public static final Resource Comparison = resource("Comparison");
    public static final Resource Figure = resource("Figure");

    public static final Property hasPriority = property("hasPriority");
    public static final Property hasObjective = property("hasObjective");
    public static final Property mobilisesProgramme = property("mobilisesProgramme");
    public static final Property hasGovernance = property("hasGovernance");
    public static final Property hasPhase = property("hasPhase");
    public static final Property plannedDuring = property("plannedDuring");
    public static final Property alignsWith = property("alignsWith");
    public static final Property compliesWith = property("compliesWith");
    public static final Property statedIn = property("statedIn");
    public static final Property summarises = property("summarises");
    public static final Property concerns = property("concerns");
    public static final Property addressedTo = property("addressedTo");
    public static final Property purpose = property("purpose");
    public static final Property codeList = property("codeList");
    public static final Property inRegion = property("inRegion");
    public static final Property regionCode = property("regionCode");
    public static final Property fromTable = property("fromTable");
    public static final Property toTable = property("toTable");
    public static final Property referencedColumns = property("referencedColumns");
    public static final Property mentionsWord = property("mentionsWord");
    public static final Property indexOnly = property("indexOnly");
    public static final Property curatedRelation = property("curatedRelation");
    public static final Property correspondsTo = property("correspondsTo");
    public static final Property alignedResource = property("alignedResource");
    public static final Property compares = property("compares");
    public static final Property verdict = property("verdict");
    public static final Property labelOrigin = property("labelOrigin");
    public static final Property amountPer = property("amountPer");
    public static final Property loadedFrom = property("loadedFrom");
    public static final Property contentSha256 = property("contentSha256");

    private IAS() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
