package org.w3id.iasante.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One file of the knowledge base, read whole into memory, with the hash of its content.
 *
 * @param name where it comes from, relative to the knowledge location (e.g. {@code data/x.trig})
 * @param kind what role the file plays
 * @param content the file's bytes
 * @param sha256 hex SHA-256 of {@code content}; a store reloads a file only when this changes
 */
public record KnowledgeFile(String name, Kind kind, byte[] content, String sha256) {

    /** The role a file plays, which fixes its syntax and how its graph is named. */
    public enum Kind {
        /** {@code ontology/*.ttl}: Turtle declaring one {@code owl:Ontology}, whose IRI names the graph. */
        ONTOLOGY,
        /** {@code data/*.trig}: TriG holding exactly one graph, {@code graph/<file name>}. */
        DATA
    }

    public static KnowledgeFile of(String name, Kind kind, byte[] content) {
        return new KnowledgeFile(name, kind, content.clone(), sha256(content));
    }

    /** The file name without folders and extension: the source's slug for a data file. */
    public String stem() {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.indexOf('.');
        return dot < 0 ? base : base.substring(0, dot);
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public String toString() {
        return name + " (" + kind + ", sha256 " + sha256.substring(0, 12) + ")";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
