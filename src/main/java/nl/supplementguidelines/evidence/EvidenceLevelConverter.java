package nl.supplementguidelines.evidence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores an {@link EvidenceLevel} as its number of dots. */
@Converter(autoApply = true)
class EvidenceLevelConverter implements AttributeConverter<EvidenceLevel, Integer> {

    @Override
    public @Nullable Integer convertToDatabaseColumn(@Nullable EvidenceLevel level) {
        return level == null ? null : level.value();
    }

    @Override
    public @Nullable EvidenceLevel convertToEntityAttribute(@Nullable Integer value) {
        return value == null ? null : EvidenceLevel.of(value);
    }
}
