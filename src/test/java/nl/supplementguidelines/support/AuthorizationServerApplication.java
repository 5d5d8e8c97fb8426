package nl.supplementguidelines.support;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

/**
 * The beans of the tests' authorization server ({@link TestAuthorizationServer}): the token endpoint and JWK set of
 * Spring Security's authorization server, the clients of {@link TestClient}, and access tokens for this API's
 * audience (or another one, for {@link TestClient#WRONG_AUDIENCE}). Not a {@code @Configuration}: the application's
 * component scan, which covers the test classes, must not pick it up; it is only ever a primary source.
 */
final class AuthorizationServerApplication {

    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
            DispatcherServletAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
    @EnableWebSecurity
    static final class Beans {

        @Bean
        SecurityFilterChain authorizationServerFilterChain(HttpSecurity http) {
            return http.oauth2AuthorizationServer(Customizer.withDefaults())
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .csrf(AbstractHttpConfigurer::disable)
                    .build();
        }

        @Bean
        RegisteredClientRepository registeredClients() {
            return new InMemoryRegisteredClientRepository(TestClient.registrations());
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> audienceAndClient() {
            return context -> {
                if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                    return;
                }
                String client = context.getRegisteredClient().getClientId();
                String audience = TestClient.WRONG_AUDIENCE.id().equals(client) ? "another-api" : TestAuthorizationServer.AUDIENCE;
                context.getClaims().audience(List.of(audience)).claim("client_id", client);
            };
        }
    }

    private AuthorizationServerApplication() {
    }
}
