package nl.supplementguidelines.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class EvidenceLevelService {

    static final String NOTE = "Evidence strength ('Bewijskracht') is shown as dots: more dots mean stronger evidence. "
            + "The series' own legend, with its highest level and the names of its levels, is not in our copy of the source, "
            + "so the levels are listed only as numbers of dots, without names.";

    private final EvidenceLevelRepository levels;

    EvidenceLevelService(EvidenceLevelRepository levels) {
        this.levels = levels;
    }

    @Transactional(readOnly = true)
    EvidenceScaleResponse scale() {
        return new EvidenceScaleResponse(levels.findAll().stream().map(EvidenceLevelView::of).toList(), false, NOTE);
    }
}
