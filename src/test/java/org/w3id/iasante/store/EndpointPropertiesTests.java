package org.w3id.iasante.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** The endpoint's settings as the application binds them: defaults, and a bad setting stopping start-up. */
class EndpointPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EndpointProperties.class)
    static class Settings {}

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void unsetSettingsTakeTheirDefaults() {
        EndpointProperties defaults = EndpointProperties.of(Map.of());

        assertThat(defaults.port()).isEqualTo(3030);
        assertThat(defaults.dataset()).isEqualTo("ia-sante");
        assertThat(defaults.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.maxRows()).isEqualTo(10_000);
        assertThat(defaults.cachedRows()).isEqualTo(1_000_000);
        assertThat(defaults.maxQuerySize()).isEqualTo(DataSize.ofKilobytes(256));
        assertThat(defaults.maxNesting()).isEqualTo(500);
        assertThat(defaults.maxResultSize()).isEqualTo(DataSize.ofMegabytes(16));
        assertThat(defaults.writable()).isFalse();
    }

    @Test
    void anEmptyUpdateUserMeansAReadOnlyEndpoint() {
        context.withPropertyValues("ias.sparql.update-user=", "ias.sparql.update-password=")
                .run(started -> assertThat(
                                started.getBean(EndpointProperties.class).writable())
                        .isFalse());
    }

    @Test
    void aRowCapOfZeroStopsStartUpNamingTheSetting() {
        context.withPropertyValues("ias.sparql.max-rows=0")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("ias.sparql.max-rows")
                        .hasMessageContaining("must be greater than 0"));
    }

    @Test
    void aUserWithoutPasswordStopsStartUpSayingToSetBoth() {
        context.withPropertyValues("ias.sparql.update-user=editor")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("set both ias.sparql.update-user and ias.sparql.update-password"));
    }
}
