package dev.triad.account;

/** What a person may do in Triad in general; access to one engagement comes from taking part in it. */
public enum Role {
    CLIENT, COACH, LEADER, HR_ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
