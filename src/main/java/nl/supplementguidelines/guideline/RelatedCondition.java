package nl.supplementguidelines.guideline;

import java.util.List;

/**
 * A condition the guideline says it is related to, with the examples the source gives for it. Read from the
 * version's parts ({@link GuidelineParts}), written only by VersionWriter, with plain SQL.
 */
final class RelatedCondition {

    private final int position;
    private final String name;
    private final List<String> examples;

    RelatedCondition(int position, String name, List<String> examples) {
        this.position = position;
        this.name = name;
        this.examples = List.copyOf(examples);
    }

    String getName() {
        return name;
    }

    int getPosition() {
        return position;
    }

    List<String> getExamples() {
        return examples;
    }
}
