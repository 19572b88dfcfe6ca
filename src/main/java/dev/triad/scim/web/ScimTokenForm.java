package dev.triad.scim.web;

import dev.triad.system.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** HR names a new SCIM token after the client that will use it ("Entra ID", "Workday"). */
public class ScimTokenForm {

    @NotBlank(message = "Name the token after the system that will use it")
    @Size(max = 80, message = "Use at most 80 characters")
    @SingleLineText
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
