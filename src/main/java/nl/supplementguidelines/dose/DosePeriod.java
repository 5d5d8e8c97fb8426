package nl.supplementguidelines.dose;

/** The period a dose amount applies to. The guidelines give daily doses ("dagdosering"). */
public enum DosePeriod {

    DAY("d");

    private final String ucumCode;

    DosePeriod(String ucumCode) {
        this.ucumCode = ucumCode;
    }

    public String ucumCode() {
        return ucumCode;
    }
}
