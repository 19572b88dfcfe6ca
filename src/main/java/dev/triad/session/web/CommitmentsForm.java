package dev.triad.session.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The commitments made at the end of a session, one per line, each to become an action step. */
class CommitmentsForm {

    @NotBlank(message = "Write at least one commitment, one per line")
    @Size(max = 5000, message = "Keep the commitments under 5000 characters")
    private String commitments;

    @NotNull(message = "Choose when they are due")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;

    List<String> lines() {
        return Arrays.stream(commitments.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    public String getCommitments() {
        return commitments;
    }

    public void setCommitments(String commitments) {
        this.commitments = commitments;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }
}
