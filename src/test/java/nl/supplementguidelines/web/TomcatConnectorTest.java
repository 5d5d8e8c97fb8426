package nl.supplementguidelines.web;

import nl.supplementguidelines.support.ApiTest;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The connector the running application really got: the settings reach Tomcat, not only the environment. Each
 * was measured (README, Performance): an answer leaves in one write, a new connection reuses the buffers of a closed
 * one instead of leaving them in the old generation, and a busy client reconnects only every 10,000 requests.
 */
@ApiTest
class TomcatConnectorTest {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void writesAWholeGuidelineInOneSocketWrite() {
        assertThat(connector().getProperty("socket.appWriteBufSize"))
                .isEqualTo(TomcatConnectionCustomizer.WRITE_BUFFER_BYTES);
    }

    @Test
    void keepsTheBuffersOfClosedConnectionsForNewOnes() {
        assertThat(connector().getProperty("socket.bufferPool"))
                .isEqualTo(TomcatConnectionCustomizer.CACHED_CONNECTIONS);
    }

    @Test
    void keepsAClientsConnectionForTenThousandRequests() {
        assertThat(((AbstractHttp11Protocol<?>) connector().getProtocolHandler()).getMaxKeepAliveRequests())
                .isEqualTo(10_000);
    }

    private Connector connector() {
        return ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
    }
}
