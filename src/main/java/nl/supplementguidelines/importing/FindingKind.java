package nl.supplementguidelines.importing;

/** What the importer made of a line: read as the layout says, read with an assumption the editor should check, or not understood. */
public enum FindingKind {
    READ, ASSUMED, NOT_UNDERSTOOD
}
