package nl.supplementguidelines.guideline;

import java.util.List;

/** A guideline with its recommended daily doses, in document order. */
public record GuidelineDoseSet(GuidelineSource guideline, List<RecommendedDose> doses) {
}
