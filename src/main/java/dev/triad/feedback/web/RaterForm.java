package dev.triad.feedback.web;

import dev.triad.feedback.NewRater;
import dev.triad.feedback.RaterGroup;
import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

class RaterForm {

    @NotBlank(message = "Enter the rater’s name")
    @Size(max = 120, message = "Use at most 120 characters")
    @SingleLineText
    private String name;

    @NotBlank(message = "Enter the rater’s email")
    @Size(max = 254, message = "Use at most 254 characters")
    @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "Enter an email address such as name@example.com")
    private String email;

    @NotNull(message = "Choose the rater’s group")
    private RaterGroup group;

    NewRater toRater() {
        return new NewRater(name, email, group);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public RaterGroup getGroup() {
        return group;
    }

    public void setGroup(RaterGroup group) {
        this.group = group;
    }
}
