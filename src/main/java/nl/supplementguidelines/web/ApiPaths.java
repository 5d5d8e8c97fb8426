package nl.supplementguidelines.web;

/** Path prefixes of the API. A breaking change to a representation gets a new prefix (see the README). */
public final class ApiPaths {

    public static final String V1 = "/api/v1";

    private ApiPaths() {
    }
}
