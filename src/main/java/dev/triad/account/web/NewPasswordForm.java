package dev.triad.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password and its confirmation: the rules every way of choosing a password shares. */
class NewPasswordForm {

    @NotBlank(message = "Choose a new password")
    @Size(min = 12, max = 128, message = "Use between 12 and 128 characters")
    @NotCommonPassword
    private String newPassword;

    @Size(max = 128, message = "Passwords have at most 128 characters")
    private String confirmPassword;

    @AssertTrue(message = "The two new passwords are not the same")
    public boolean isConfirmed() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
