package org.w3id.iasante.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.iasante.support.RepositoryKnowledge;
import org.w3id.iasante.support.StockFuseki;

/**
 * The servers of the real run, each in its own process: they bind port 0 and the harness reads
 * from their logs the ports they got, so two started at once never race for a number.
 */
class ServerProcessTests {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void oursAndStockStartedSideBySideAnswerOnThePortsTheyReport() throws Exception {
        // The stock side is the tests' shared stock Fuseki, a ServerProcess started the same way (port
        // 0, read from its log): a second one here cost a JVM's start for nothing more proven.
        ServerProcess stock = StockFuseki.process();
        try (ServerProcess ours = ServerProcess.start(
                Server.Kind.OURS, work.resolve("ours"), RepositoryKnowledge.ROOT, work.resolve("ours.log"))) {
            List<Integer> ports = List.of(
                    URI.create(ours.queryUrl()).getPort(),
                    URI.create(ours.siteUrl()).getPort(),
                    URI.create(stock.queryUrl()).getPort());

            assertThat(ports)
                    .doesNotHaveDuplicates()
                    .allSatisfy(port -> assertThat(port).isPositive());
            assertThat(status(ours.queryUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                    .isEqualTo(200);
            assertThat(status(stock.queryUrl() + "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                    .isEqualTo(200);
            assertThat(status(ours.siteUrl() + "/css/site.css")).isEqualTo(200);
            assertThat(ours.startToFirstAnswer()).isPositive();
            assertThat(ours.peakMemoryMiB()).isPositive();
        }
    }

    @Test
    void theClosedPortRefusesConnectionsAndStaysTheSame() {
        int port = StockFuseki.closedPort();

        assertThat(StockFuseki.closedPort()).isEqualTo(port);
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                .isInstanceOf(ConnectException.class);
    }

    private static int status(String url) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
