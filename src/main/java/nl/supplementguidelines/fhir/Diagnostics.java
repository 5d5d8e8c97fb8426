package nl.supplementguidelines.fhir;

/** What an OperationOutcome echoes of a request: one line, at most {@value #MAX_ECHOED} characters. */
final class Diagnostics {

    private static final int MAX_ECHOED = 100;

    private Diagnostics() {
    }

    static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= MAX_ECHOED ? oneLine : oneLine.substring(0, MAX_ECHOED) + "…";
    }
}
