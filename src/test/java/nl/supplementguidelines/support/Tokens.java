package nl.supplementguidelines.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens for the tests. The clients' tokens ({@link #editor()}, {@link #publisher()}, ...) come over real HTTP
 * from the token endpoint of {@link TestAuthorizationServer} (client credentials), cached for the JVM; hand-made ones
 * ({@link #withScopes}, {@link #expired()}, ...) are signed with that server's own key, so only the one thing
 * each is named for is wrong with them.
 */
public final class Tokens {

    /** The properties of a context that trusts the tests' authorization server (see {@link TestAuthorizationServer}). */
    public static String[] properties() {
        return TestAuthorizationServer.properties();
    }

    /** The {@code Authorization} header's value for a token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Map<TestClient, String> ISSUED = new ConcurrentHashMap<>();
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    /** Beyond the minute of clock skew Spring Security allows. */
    private static final Duration WELL_BEYOND_SKEW = Duration.ofMinutes(10);

    private Tokens() {
    }

    public static String editor() {
        return of(TestClient.EDITOR);
    }

    public static String secondEditor() {
        return of(TestClient.SECOND_EDITOR);
    }

    public static String publisher() {
        return of(TestClient.PUBLISHER);
    }

    public static String secondPublisher() {
        return of(TestClient.SECOND_PUBLISHER);
    }

    public static String readOnly() {
        return of(TestClient.READ_ONLY);
    }

    /** A consumer with the scope webhooks:manage only. */
    public static String webhooks() {
        return of(TestClient.WEBHOOKS);
    }

    public static String wrongAudience() {
        return of(TestClient.WRONG_AUDIENCE);
    }

    /** A token the authorization server issued to this client (its two hours, set in TestClient, outlast any test run). */
    public static String of(TestClient client) {
        return ISSUED.computeIfAbsent(client, Tokens::request);
    }

    /** A valid token for any subject and scopes (for example none, or a subject no client has). */
    public static String withScopes(String subject, String... scopes) {
        return sign(claims(subject, scopes).build());
    }

    public static String expired() {
        Instant now = Instant.now();
        return sign(claims("editor", "guidelines:edit")
                .issueTime(Date.from(now.minus(WELL_BEYOND_SKEW).minus(LIFETIME)))
                .notBeforeTime(Date.from(now.minus(WELL_BEYOND_SKEW).minus(LIFETIME)))
                .expirationTime(Date.from(now.minus(WELL_BEYOND_SKEW))).build());
    }

    public static String notYetValid() {
        Instant now = Instant.now();
        return sign(claims("editor", "guidelines:edit")
                .notBeforeTime(Date.from(now.plus(WELL_BEYOND_SKEW)))
                .expirationTime(Date.from(now.plus(WELL_BEYOND_SKEW).plus(LIFETIME))).build());
    }

    public static String wrongIssuer() {
        return sign(claims("editor", "guidelines:edit").issuer("https://issuer.example.org").build());
    }

    /** A valid editor token whose payload was changed afterwards (to claim the publish scope): its signature fails. */
    public static String tamperedSignature() {
        String[] parts = withScopes("editor", "guidelines:edit").split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"guidelines:edit\"", "\"guidelines:edit\",\"guidelines:publish\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    /** An unsecured JWT ({@code "alg": "none"}), with claims that would otherwise pass. */
    public static String unsigned() {
        return new PlainJWT(claims("editor", "guidelines:edit", "guidelines:publish").build()).serialize();
    }

    /** Signed by a key the authorization server never published. */
    public static String foreignKey() {
        try {
            return sign(claims("editor", "guidelines:edit").build(), new RSAKeyGenerator(2048).keyID("foreign").generate());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String malformed() {
        return "not-a-jwt";
    }

    /** The claims of a valid token of the authorization server for the API: change one to make it invalid. */
    public static JWTClaimsSet.Builder claims(String subject, String... scopes) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(TestAuthorizationServer.issuer())
                .audience(TestAuthorizationServer.AUDIENCE)
                .subject(subject)
                .claim("client_id", "hand-made")
                .claim("scope", List.of(scopes))
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString());
    }

    /** Signed RS256 with the authorization server's key, as its own tokens are. */
    public static String sign(JWTClaimsSet claims) {
        return sign(claims, TestAuthorizationServer.signingKey());
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static String request(TestClient client) {
        String credentials = Base64.getEncoder().encodeToString((client.id() + ":" + client.secret()).getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials"
                + (client.scopes().isEmpty() ? "" : "&scope=" + String.join("%20", client.scopes()));
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestAuthorizationServer.issuer() + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
            }
            return JsonMapper.shared().readTree(response.body()).get("access_token").asString();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the token endpoint", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fetching a token", e);
        }
    }
}
