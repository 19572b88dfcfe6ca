package dev.triad.account;

import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person's values as a file (or an identity provider) gives them, checked with the rules of HR's one-person form
 * ({@code account.web.PersonForm}): the same constraints and messages, field by field ({@code
 * PersonRowUnitTest} keeps the two in step). Roles, the time zone and whether the capacity is a number are read by
 * {@link PeopleImport} before these are checked.
 */
public class PersonRow {

    @NotBlank(message = "Enter the person’s name")
    @Size(max = 120, message = "Use at most 120 characters")
    @SingleLineText
    private final String fullName;

    @NotBlank(message = "Enter an email address")
    @Email(message = "Enter a valid email address")
    @Size(max = 254, message = "Use at most 254 characters")
    private final String email;

    @Size(max = 120, message = "Use at most 120 characters")
    @SingleLineText
    private final String title;

    @Size(max = 500, message = "Use at most 500 characters")
    @SingleLineText
    private final String specialities;

    @Size(max = 200, message = "Use at most 200 characters")
    @SingleLineText
    private final String languages;

    @Min(value = 0, message = "Capacity cannot be negative")
    @Max(value = 200, message = "Capacity is at most 200 engagements")
    private final Integer capacity;

    public PersonRow(
            String fullName, String email, String title, String specialities, String languages, Integer capacity) {
        this.fullName = fullName;
        this.email = email;
        this.title = title;
        this.specialities = specialities;
        this.languages = languages;
        this.capacity = capacity;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getTitle() {
        return title;
    }

    public String getSpecialities() {
        return specialities;
    }

    public String getLanguages() {
        return languages;
    }

    public Integer getCapacity() {
        return capacity;
    }
}
