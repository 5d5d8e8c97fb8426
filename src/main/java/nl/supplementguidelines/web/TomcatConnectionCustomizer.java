package nl.supplementguidelines.web;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat keeps per connection. A whole guideline is about 16 KB and Tomcat's socket write buffer is 8 KB by
 * default, so each answer took several writes; with 64 KB it leaves in one (measured with bench/run.sh). Tomcat
 * caches the buffers of closed connections for new ones only in heaps over 2 GB; in ours every new connection
 * allocated them anew, they outlived enough young collections to be promoted, and every reconnect left 72 KB in the
 * old generation for a full collection (100 ms) to clear. Up to {@link #CACHED_CONNECTIONS} connections' buffers are
 * now kept for reuse (at most 4.6 MB).
 */
@Component
class TomcatConnectionCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String WRITE_BUFFER_BYTES = "65536";
    static final String CACHED_CONNECTIONS = "64";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            set(connector, "socket.appWriteBufSize", WRITE_BUFFER_BYTES);
            set(connector, "socket.bufferPool", CACHED_CONNECTIONS);
        });
    }

    // Tomcat only logs a property it does not know; a renamed one after an upgrade should stop the start instead.
    private static void set(Connector connector, String property, String value) {
        if (!connector.setProperty(property, value)) {
            throw new IllegalStateException("Tomcat's connector does not take " + property);
        }
    }
}
