package org.w3id.iasante.system;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import org.w3id.iasante.knowledge.KnowledgeLocation;

/**
 * Where the knowledge files are read from at start-up.
 *
 * @param location a folder holding {@code ontology/}, {@code data/} and {@code queries/}; empty:
 *     the copy packaged in the application ({@code ./mvnw spring-boot:run} passes the repository)
 */
@ConfigurationProperties("ias.knowledge")
@Validated
public record KnowledgeProperties(@DefaultValue("") @NotNull String location) {

    public KnowledgeLocation toLocation() {
        return location.isBlank() ? KnowledgeLocation.classpath() : KnowledgeLocation.directory(Path.of(location));
    }
}
