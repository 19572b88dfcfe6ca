package dev.triad.engagement.web;

import dev.triad.engagement.Phase;
import dev.triad.engagement.PhaseMove;
import dev.triad.engagement.PhaseMoved.Closure;
import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Moving the engagement: where to, how it closes (for Closed), and why; {@code from} is the phase the mover saw. */
class PhaseForm {

    private Phase from;

    @NotNull(message = "Choose the phase to move to")
    private Phase to;

    private Closure closure;

    @Size(max = 1000, message = "Use at most 1000 characters")
    @MultiLineText
    private String reason;

    /** Set by the confirmation step: a close is made only once the mover has read what it will do. */
    private boolean confirmed;

    PhaseMove toMove() {
        return new PhaseMove(from, to, closure, reason);
    }

    boolean closesUnconfirmed() {
        return to == Phase.CLOSED && !confirmed;
    }

    public Phase getFrom() {
        return from;
    }

    public void setFrom(Phase from) {
        this.from = from;
    }

    public Phase getTo() {
        return to;
    }

    public void setTo(Phase to) {
        this.to = to;
    }

    public Closure getClosure() {
        return closure;
    }

    public void setClosure(Closure closure) {
        this.closure = closure;
    }

    public String getReason() {
        return reason;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    public void setConfirmed(boolean confirmed) {
        this.confirmed = confirmed;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
