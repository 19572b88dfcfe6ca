package dev.triad.evaluation;

/** Where the coach refers the client: coaching is neither HR advice nor psychotherapy. */
public enum ReferralKind {
    HR("HR"),
    EAP("Employee assistance programme (EAP)");

    private final String label;

    ReferralKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
