package dev.triad.account.web;

import dev.triad.system.MeetingLink;

/** The coach's default video meeting link; blank removes it. */
class MeetingLinkForm {

    @MeetingLink
    private String meetingLink;

    public String getMeetingLink() {
        return meetingLink;
    }

    public void setMeetingLink(String meetingLink) {
        this.meetingLink = meetingLink;
    }
}
