package nl.supplementguidelines.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The levels the evidence scale has: what a guideline document may give a recommendation (the editing module asks). */
@Service
public class EvidenceScale {

    private final EvidenceLevelRepository levels;

    EvidenceScale(EvidenceLevelRepository levels) {
        this.levels = levels;
    }

    @Transactional(readOnly = true)
    public List<EvidenceLevel> levels() {
        return levels.findAll();
    }
}
