package org.w3id.iasante.system;

import java.io.CharArrayWriter;
import org.apache.catalina.valves.AbstractAccessLogValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * The site's access log: Tomcat's own access-log valve, one line per request whatever its answer
 * (client, request line, status, body bytes, milliseconds), written to the logger {@value #LOGGER}
 * with the rest of the application's log instead of to files in Tomcat's temporary folder. The
 * request line is bounded by Tomcat's header size (8 KB).
 */
@Component
class SiteAccessLog implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> {

    static final String LOGGER = "ias.site.access";

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addEngineValves(new ToLogger());
    }

    /** The valve, with its lines handed to SLF4J. */
    private static final class ToLogger extends AbstractAccessLogValve {

        private static final Logger log = LoggerFactory.getLogger(LOGGER);

        ToLogger() {
            setPattern("%a \"%r\" %s %b B %{ms}T ms");
            setAsyncSupported(true);
        }

        @Override
        protected void log(CharArrayWriter message) {
            if (log.isInfoEnabled()) log.info(message.toString());
        }
    }
}
