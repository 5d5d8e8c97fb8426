package nl.supplementguidelines.guideline;

import nl.supplementguidelines.web.problem.ProblemType;
import nl.supplementguidelines.web.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The guideline's live version was withdrawn: 410, with why, since when, and the last version (still readable). */
class GuidelineWithdrawn extends ProblemException {

    private GuidelineWithdrawn(String message, Map<String, Object> members) {
        super(ProblemType.GUIDELINE_WITHDRAWN, message, members);
    }

    static GuidelineWithdrawn of(Guideline guideline) {
        Withdrawal withdrawal = guideline.getWithdrawal();
        int version = guideline.getPublication().version();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("reason", withdrawal == null ? "" : withdrawal.reason());
        if (withdrawal != null && withdrawal.at() != null) {
            members.put("withdrawnAt", withdrawal.at().toString());
        }
        members.put("lastVersion", GuidelineViews.versionHrefOf(guideline.getSlug(), version));
        return new GuidelineWithdrawn("The guideline '" + guideline.getSlug() + "' was withdrawn; its last version (" + version
                + ") stays readable at " + GuidelineViews.versionHrefOf(guideline.getSlug(), version) + ".", members);
    }
}
