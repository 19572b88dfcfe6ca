package dev.triad.account;

import java.util.Collection;
import java.util.stream.Collectors;

/** What a person may do in Triad in general; access to one engagement comes from taking part in it. */
public enum Role {
    CLIENT("Client"),
    COACH("Coach"),
    LEADER("Leader"),
    HR_ADMIN("HR administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role in people's words, as pages show it. */
    public String label() {
        return label;
    }

    /** "Client, Coach": roles in people's words, in the enum's order. */
    public static String labels(Collection<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(", "));
    }
}
