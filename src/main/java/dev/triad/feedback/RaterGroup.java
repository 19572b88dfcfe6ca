package dev.triad.feedback;

import java.util.Arrays;
import java.util.List;

/** Whom a rater speaks as. SELF is the client's own view; the others are people asked for feedback. */
public enum RaterGroup {
    SELF("Self", "Self"),
    LEADER("Leader", "Leader"),
    PEER("Peer", "Peers"),
    DIRECT_REPORT("Direct report", "Direct reports"),
    CUSTOMER("Customer", "Customers"),
    OTHER("Other", "Others");

    private final String label;
    private final String plural;

    RaterGroup(String label, String plural) {
        this.label = label;
        this.plural = plural;
    }

    public String label() {
        return label;
    }

    public String plural() {
        return plural;
    }

    /** The groups a rater can be invited in (the client answers for themselves as SELF). */
    public static List<RaterGroup> invitable() {
        return Arrays.stream(values()).filter(group -> group != SELF).toList();
    }
}
