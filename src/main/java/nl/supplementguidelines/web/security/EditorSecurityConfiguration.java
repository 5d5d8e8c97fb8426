package nl.supplementguidelines.web.security;

import jakarta.servlet.Filter;
import nl.supplementguidelines.web.WebFilters;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;

/**
 * Who may write (issue 10): every editing operation of {@link EditorEndpoints} needs a bearer JWT with its scope;
 * nothing else passes Spring Security at all. Stateless (no session, no CSRF: there are no cookies), no login page,
 * no generated user, no header writers (SecurityHeadersFilter sets ours on every answer). Without an authorization
 * server configured (the embedded default) there is no JwtDecoder and every editing request is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class EditorSecurityConfiguration {

    static final String AUDIENCES = "spring.security.oauth2.resourceserver.jwt.audiences";
    /**
     * What points the resource server's decoder at an authorization server. (The tests' classpath has Spring
     * Authorization Server, whose own decoder is not one an editor's token is checked with there.)
     */
    private static final List<String> TRUSTED_BY_PROPERTIES = List.of("spring.security.oauth2.resourceserver.jwt.issuer-uri",
            "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "spring.security.oauth2.resourceserver.jwt.public-key-location");

    @Bean
    SecurityFilterChain editorSecurityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> decoders, Problems problems,
            Environment environment, EditorTokenProperties tokens) {
        @Nullable JwtDecoder decoder = decoders.getIfAvailable();
        // The binder, not containsProperty: it reads SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_PUBLICKEYLOCATION too.
        Binder binder = Binder.get(environment);
        if (decoder != null && TRUSTED_BY_PROPERTIES.stream().anyMatch(name -> binder.bind(name, String.class).isBound())) {
            requireAudience(environment, tokens);
        }
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems, decoder != null);
        ProblemAccessDeniedHandler denied = new ProblemAccessDeniedHandler(problems);
        http.securityMatcher(EditorEndpoints::isEditorRequest)
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint).accessDeniedHandler(denied));
        if (decoder == null) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().denyAll());
            return http.build();
        }
        http.authorizeHttpRequests(requests -> {
            for (EditorEndpoints.Rule rule : EditorEndpoints.rules()) {
                requests.requestMatchers(rule.matcher()).hasAuthority(rule.endpoint().scope().authority());
            }
            requests.anyRequest().authenticated();
        }).oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder))
                .authenticationEntryPoint(entryPoint).accessDeniedHandler(denied));
        return http.build();
    }

    /**
     * Without an audience, Spring Security accepts any token of the issuer, also one it issued for another API: refuse to
     * start rather than be open to those, unless the operator says so ({@code api.editing.allow-any-audience=true}).
     */
    static void requireAudience(Environment environment, EditorTokenProperties tokens) {
        List<String> audiences = Binder.get(environment).bind(AUDIENCES, Bindable.listOf(String.class)).orElse(List.of());
        if (audiences.stream().allMatch(String::isBlank) && !tokens.allowAnyAudience()) {
            throw new IllegalStateException("Editing is configured (spring.security.oauth2.resourceserver.jwt.*) but " + AUDIENCES
                    + " is empty, so a token of that issuer for any other API would be accepted. Set it to the audience the tokens for this API carry "
                    + "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_AUDIENCES=supplement-guidelines), or set api.editing.allow-any-audience=true "
                    + "if the issuer issues tokens for this API only.");
        }
    }

    /** Spring Security's filters run only for editing requests: public reads skip them (and their cost) entirely. */
    @Bean
    FilterRegistrationBean<EditorSecurityGate> editorSecurityGate(@Qualifier("springSecurityFilterChain") Filter security) {
        return WebFilters.register(new EditorSecurityGate(security), WebFilters.EDITOR_SECURITY_ORDER);
    }

    /** Boot would put Spring Security in front of every request of the API port; {@link EditorSecurityGate} does instead. */
    @Bean
    static BeanPostProcessor securityFilterOnlyBehindTheGate() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                        && "securityFilterChainRegistration".equals(beanName)) {
                    registration.setEnabled(false);
                }
                return bean;
            }
        };
    }
}
