package nl.supplementguidelines.importing;

import java.util.List;

/** A finding as the parser makes it: a message code and its arguments, rendered from the bundles only when answered. */
record Note(int line, FindingKind kind, String code, List<Object> arguments) {
}
