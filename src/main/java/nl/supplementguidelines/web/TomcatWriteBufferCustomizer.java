package nl.supplementguidelines.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A whole guideline is about 16 KB. Tomcat's socket write buffer is 8 KB by default, so each answer took
 * several writes; with 64 KB it leaves in one (measured with bench/run.sh).
 */
@Component
class TomcatWriteBufferCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final String WRITE_BUFFER_BYTES = "65536";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setProperty("socket.appWriteBufSize", WRITE_BUFFER_BYTES));
    }
}
