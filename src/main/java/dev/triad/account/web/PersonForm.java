package dev.triad.account.web;

import dev.triad.account.Accounts.PersonDetails;
import dev.triad.account.CoachProfile;
import dev.triad.account.Role;
import dev.triad.account.User;
import dev.triad.system.SingleLineText;
import dev.triad.system.Zones;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** What HR types when creating or editing a person. */
class PersonForm {

    @NotBlank(message = "Enter the person’s name")
    @Size(max = 120, message = "Use at most 120 characters")
    @SingleLineText
    private String fullName;

    @NotBlank(message = "Enter an email address")
    @Email(message = "Enter a valid email address")
    @Size(max = 254, message = "Use at most 254 characters")
    private String email;

    @Size(max = 120, message = "Use at most 120 characters")
    @SingleLineText
    private String title;

    @NotEmpty(message = "Choose at least one role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Size(min = 12, max = 128, message = "Use between 12 and 128 characters")
    @NotCommonPassword
    private String initialPassword;

    @Size(max = 500, message = "Use at most 500 characters")
    @SingleLineText
    private String specialities;

    @Size(max = 200, message = "Use at most 200 characters")
    @SingleLineText
    private String languages;

    /** A Region/City id; blank: the organisation's default zone. */
    @ChoosableTimeZone
    private String timeZone = "";

    @Min(value = 0, message = "Capacity cannot be negative")
    @Max(value = 200, message = "Capacity is at most 200 engagements")
    private Integer capacity;

    static PersonForm of(User user, CoachProfile profile) {
        PersonForm form = new PersonForm();
        form.fullName = user.getFullName();
        form.email = user.getEmail();
        form.title = user.getTitle();
        form.roles = user.getRoles();
        form.version = user.getVersion();
        form.timeZone = user.hasOwnTimeZone() ? user.zoneOr(null).getId() : "";
        if (profile != null) {
            form.profileVersion = profile.getVersion();
            form.specialities = profile.getSpecialities();
            form.languages = profile.getLanguages();
            form.capacity = profile.getCapacity();
        }
        return form;
    }

    /** The person's and the coach profile's versions when the form was opened (editing only). */
    private Long version;

    private Long profileVersion;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getProfileVersion() {
        return profileVersion;
    }

    public void setProfileVersion(Long profileVersion) {
        this.profileVersion = profileVersion;
    }

    PersonDetails toDetails() {
        return new PersonDetails(
                fullName,
                email,
                title,
                roles,
                specialities,
                languages,
                capacity,
                Zones.parse(timeZone).orElse(null));
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    /** Spaces around a pasted address are not part of it. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        // A blank choice binds as null: keep only real roles.
        this.roles = EnumSet.noneOf(Role.class);
        if (roles != null) {
            roles.stream().filter(Objects::nonNull).forEach(this.roles::add);
        }
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    /** Empty means "no one-time password: send an invitation instead". */
    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword == null || initialPassword.isEmpty() ? null : initialPassword;
    }

    public String getSpecialities() {
        return specialities;
    }

    public void setSpecialities(String specialities) {
        this.specialities = specialities;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone == null ? "" : timeZone.strip();
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}
