package dev.triad.engagement.web;

import dev.triad.engagement.IntakeInterview;
import dev.triad.engagement.IntakeService.IntakeText;
import dev.triad.system.MultiLineText;
import jakarta.validation.constraints.Size;

/** The intake interview as the coach records it. */
class IntakeForm {

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String whatPrompted;

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String sponsorReasons;

    @Size(max = 4000, message = "Use at most 4000 characters")
    @MultiLineText
    private String clientBackground;

    private Long version;

    static IntakeForm of(IntakeInterview interview) {
        IntakeForm form = new IntakeForm();
        form.whatPrompted = interview.getWhatPrompted();
        form.sponsorReasons = interview.getSponsorReasons();
        form.clientBackground = interview.getClientBackground();
        form.version = interview.getVersion();
        return form;
    }

    IntakeText toText() {
        return new IntakeText(whatPrompted, sponsorReasons, clientBackground);
    }

    public String getWhatPrompted() {
        return whatPrompted;
    }

    public void setWhatPrompted(String whatPrompted) {
        this.whatPrompted = whatPrompted;
    }

    public String getSponsorReasons() {
        return sponsorReasons;
    }

    public void setSponsorReasons(String sponsorReasons) {
        this.sponsorReasons = sponsorReasons;
    }

    public String getClientBackground() {
        return clientBackground;
    }

    public void setClientBackground(String clientBackground) {
        this.clientBackground = clientBackground;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
