package dev.triad.account.web;

/**
 * The zone a person chooses on their account page or accepts from the sign-in offer: a Region/City id, or blank for
 * the organisation's default. Which ids are accepted is the accounts' rule ({@code Accounts.changeTimeZone}).
 */
class TimeZoneForm {

    private String timeZone = "";

    /** Posted by the sign-in offer's button rather than the account page's list. */
    private boolean offer;

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone == null ? "" : timeZone.strip();
    }

    public boolean isOffer() {
        return offer;
    }

    public void setOffer(boolean offer) {
        this.offer = offer;
    }
}
