package nl.supplementguidelines.support.synthetic;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The dose shapes synthetic guidelines use: the real recommendations of the seeded leaky-gut guideline, each with its
 * own nutrient (ranges, exact amounts, at-least doses, cfu), plus the IU form of a microgram dose where the nutrient
 * has an IU factor (vitamin D, 1 µg = 40 IU). Read from the database, so nothing is invented.
 */
record RealDoses(List<Dose> doses) {

    record Dose(long nutrientId, @Nullable String qualifier, @Nullable BigDecimal minimum, @Nullable BigDecimal maximum, String unit,
                String period, String sourceText, @Nullable String footnoteMarker, int evidence) {
    }

    private static final String SEED = """
            select r.nutrient_id, r.qualifier, r.dose_minimum, r.dose_maximum, r.dose_unit, r.dose_period, r.dose_source_text,
                   r.dose_footnote_marker, r.evidence_level, n.iu_per_microgram
            from recommendation r join guideline g on g.id = r.guideline_id join nutrient n on n.id = r.nutrient_id
            where g.slug = 'leaky-gut' and g.status = 'CURRENT' order by r.position""";

    static RealDoses read(Connection connection) throws SQLException {
        List<Dose> doses = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(SEED); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Dose dose = new Dose(row.getLong(1), row.getString(2), row.getBigDecimal(3), row.getBigDecimal(4), row.getString(5),
                        row.getString(6), row.getString(7), row.getString(8), row.getInt(9));
                doses.add(dose);
                BigDecimal iuPerMicrogram = row.getBigDecimal(10);
                if (iuPerMicrogram != null && dose.unit().equals("MICROGRAM")) {
                    doses.add(inInternationalUnits(dose, iuPerMicrogram));
                }
            }
        }
        if (doses.isEmpty()) {
            throw new IllegalStateException("no seeded leaky-gut recommendations to take dose shapes from: migrate the database first");
        }
        return new RealDoses(List.copyOf(doses));
    }

    /** The dose with this index, cycling; two doses of one nutrient (µg and IU) are never both in one guideline (see caller). */
    Dose get(int index) {
        return doses.get(Math.floorMod(index, doses.size()));
    }

    int size() {
        return doses.size();
    }

    private static Dose inInternationalUnits(Dose dose, BigDecimal factor) {
        BigDecimal minimum = dose.minimum() == null ? null : dose.minimum().multiply(factor).stripTrailingZeros();
        BigDecimal maximum = dose.maximum() == null ? null : dose.maximum().multiply(factor).stripTrailingZeros();
        String text = maximum == null ? "Minimaal " + minimum.toPlainString() + " IE"
                : (minimum == null ? "Maximaal " + maximum.toPlainString() : minimum.toPlainString() + "-" + maximum.toPlainString()) + " IE";
        return new Dose(dose.nutrientId(), dose.qualifier(), minimum, maximum, "INTERNATIONAL_UNIT", dose.period(), text,
                dose.footnoteMarker(), dose.evidence());
    }
}
