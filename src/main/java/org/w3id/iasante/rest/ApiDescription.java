package org.w3id.iasante.rest;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the OpenAPI document (/api/openapi, shown at /api/docs) says the API is, instead of springdoc's "OpenAPI definition v0". */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI openApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("ia-sante JSON API")
                        .version("1")
                        .description("France's strategy « Intelligence artificielle et données de santé » (2025-2028)"
                                + " and what its sources say about it, as JSON: every answer comes from the knowledge"
                                + " graph, each fact from a named source. Errors are RFC 9457 problem details."
                                + " The same data is at /sparql (SPARQL 1.1) and as linked data at /id/… and /doc/….")
                        .license(new License()
                                .name("CC BY 4.0 (the graph's data)")
                                .url("https://creativecommons.org/licenses/by/4.0/")));
    }
}
