package dev.triad.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class PasswordForm {

    @NotBlank(message = "Enter your current password")
    @Size(max = 128, message = "Passwords have at most 128 characters")
    private String currentPassword;

    @NotBlank(message = "Choose a new password")
    @Size(min = 12, max = 128, message = "Use between 12 and 128 characters")
    private String newPassword;

    private String confirmPassword;

    @AssertTrue(message = "The two new passwords are not the same")
    public boolean isConfirmed() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
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
