package dev.triad.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Changing one's own password: the current one, then a new one by the rules of {@link NewPasswordForm}. */
class PasswordForm extends NewPasswordForm {

    @NotBlank(message = "Enter your current password")
    @Size(max = 128, message = "Passwords have at most 128 characters")
    private String currentPassword;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }
}
