package org.w3id.iasante.linkeddata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The site's settings as Spring binds them: their defaults, and what is refused at start-up. */
class SitePropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SiteProperties.class)
    static class Bound {}

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void unsetSettingsTakeTheirDefaults() {
        context.run(started -> {
            SiteProperties site = started.getBean(SiteProperties.class);
            assertThat(site.baseIri()).isEqualTo("https://w3id.org/ia-sante/");
            assertThat(site.sparqlEndpoint()).isEmpty();
            assertThat(site.cachedBytes()).isEqualTo(DataSize.ofMegabytes(128));
        });
    }

    @Test
    void theBaseEndsWithASlashWhicheverWayItIsWritten() {
        context.withPropertyValues("ias.site.base-iri=https://example.org/kg", "ias.site.cached-bytes=0")
                .run(started -> {
                    SiteProperties site = started.getBean(SiteProperties.class);
                    assertThat(site.baseIri()).isEqualTo("https://example.org/kg/");
                    assertThat(site.cachedBytes().toBytes()).isZero();
                });
    }

    @Test
    void aNegativeCacheOrABlankBaseIsRefusedAtStartUp() {
        context.withPropertyValues("ias.site.cached-bytes=-1MB")
                .run(started -> assertThat(started)
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("ias.site.cached-bytes must be 0 or more"));
        context.withPropertyValues("ias.site.base-iri= ")
                .run(started -> assertThat(started).getFailure().rootCause().hasMessageContaining("baseIri"));
    }
}
