package org.w3id.iasante.api;

/** An action the timeline plans. */
public record PlannedAction(String iri, String label) {}
