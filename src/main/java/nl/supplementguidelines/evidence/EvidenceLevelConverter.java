package nl.supplementguidelines.evidence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an {@link EvidenceLevel} as its number of dots. */
@Converter(autoApply = true)
public class EvidenceLevelConverter implements AttributeConverter<EvidenceLevel, Integer> {

    @Override
    public Integer convertToDatabaseColumn(EvidenceLevel level) {
        return level == null ? null : level.value();
    }

    @Override
    public EvidenceLevel convertToEntityAttribute(Integer value) {
        return value == null ? null : EvidenceLevel.of(value);
    }
}
