package org.w3id.iasante.linkeddata.page;

import org.w3id.iasante.linkeddata.dataset.DatasetCitation;

/**
 * How to cite a page: the resource and its persistent IRI, within the dataset (its title, publisher,
 * licence); for a source document, the document itself too.
 *
 * @param label the resource's name
 * @param iri its persistent IRI
 * @param dataset the dataset's own citation
 * @param source for a source document, its kind, date, address and publisher; else null
 */
public record Citation(String label, String iri, DatasetCitation.Cited dataset, ResourcePage.SourceCard source) {}
