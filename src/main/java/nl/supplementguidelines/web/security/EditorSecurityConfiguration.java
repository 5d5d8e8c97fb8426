package nl.supplementguidelines.web.security;

import jakarta.servlet.Filter;
import nl.supplementguidelines.web.WebFilters;
import nl.supplementguidelines.web.problem.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may write (issue 10): every editing operation of {@link EditorEndpoints} needs a bearer JWT with its scope;
 * nothing else passes Spring Security at all. Stateless (no session, no CSRF: there are no cookies), no login page,
 * no generated user, no header writers (SecurityHeadersFilter sets ours on every answer). Without an authorization
 * server configured (the embedded default) there is no JwtDecoder and every editing request is refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class EditorSecurityConfiguration {

    @Bean
    SecurityFilterChain editorSecurityFilterChain(HttpSecurity http, ObjectProvider<JwtDecoder> decoders, Problems problems) {
        @Nullable JwtDecoder decoder = decoders.getIfAvailable();
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
