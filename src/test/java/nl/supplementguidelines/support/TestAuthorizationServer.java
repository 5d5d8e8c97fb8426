package nl.supplementguidelines.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real Spring Authorization Server for the whole test JVM, on a random loopback port, started on first use and
 * stopped by its shutdown hook. As a context initializer it points the API's resource server at it (issuer, JWK
 * set over HTTP, audience): the shared contexts ({@link ApiTest}, {@link PostgresApiTest}, the full-stack contract)
 * use it, so editing is configured in all of them. {@link Tokens} gets its tokens.
 */
public final class TestAuthorizationServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The audience ({@code aud}) the API requires of a token. */
    public static final String AUDIENCE = "supplement-guidelines";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(properties()).applyTo(context);
    }

    /** The properties of a context whose resource server trusts this authorization server. */
    public static String[] properties() {
        String issuer = issuer();
        return new String[] {
                "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer,
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=" + issuer + "/oauth2/jwks",
                "spring.security.oauth2.resourceserver.jwt.audiences=" + AUDIENCE};
    }

    /** The issuer ({@code iss}), also the base URL of the token endpoint and the JWK set. */
    public static String issuer() {
        return Running.INSTANCE.issuer;
    }

    /** The server's signing key (private part included), for the hand-made tokens of {@link Tokens}. */
    static RSAKey signingKey() {
        return Running.INSTANCE.key;
    }

    private static final class Running {

        static final Running INSTANCE = new Running();

        final RSAKey key;
        final String issuer;

        private Running() {
            try {
                key = new RSAKeyGenerator(2048).keyID("test-authorization-server").generate();
            } catch (JOSEException e) {
                throw new IllegalStateException("cannot generate the test signing key", e);
            }
            SpringApplication application = new SpringApplication(AuthorizationServerApplication.Beans.class);
            application.setWebApplicationType(WebApplicationType.SERVLET);
            application.setBannerMode(Banner.Mode.OFF);
            // Logging is the API's, already set up by its test context; a second set-up would reset it.
            application.setListeners(application.getListeners().stream()
                    .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
            JWKSource<SecurityContext> keys = new ImmutableJWKSet<>(new JWKSet(key));
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("jwkSource", keys));
            // Its own (absent) configuration files: the API's application.properties would give it port 8080 and a database.
            ConfigurableApplicationContext context = application.run(
                    "--spring.config.name=test-authorization-server", "--server.port=0", "--server.address=127.0.0.1");
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            issuer = "http://127.0.0.1:" + port;
        }
    }
}
