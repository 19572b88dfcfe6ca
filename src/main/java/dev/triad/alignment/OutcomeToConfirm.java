package dev.triad.alignment;

/** A meeting outcome waiting for someone's confirmation, for their home page. */
record OutcomeToConfirm(Long engagementId, Long meetingId, MeetingKind kind, String clientName) {

    String href() {
        return "/engagements/" + engagementId + "/alignment/meetings/" + meetingId + "#outcome";
    }
}
