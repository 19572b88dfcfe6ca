package dev.triad.session.web;

import jakarta.validation.constraints.Size;

/**
 * The texts written on a session page, each posted on its own: the client's agenda, the coach's summary
 * and private note. One object so a failed post can re-render the page with what was typed.
 */
class SessionNotesForm {

    @Size(max = 4000, message = "Keep the agenda under 4000 characters")
    private String agenda;

    @Size(max = 8000, message = "Keep the summary under 8000 characters")
    private String summary;

    @Size(max = 8000, message = "Keep the note under 8000 characters")
    private String privateNote;

    /** The session's version when the page was opened (agenda and summary are saved on it). */
    private Long version;

    /** The private note's version when the page was opened; null when there was no note. */
    private Long noteVersion;

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public Long getNoteVersion() {
        return noteVersion;
    }

    public void setNoteVersion(Long noteVersion) {
        this.noteVersion = noteVersion;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPrivateNote() {
        return privateNote;
    }

    public void setPrivateNote(String privateNote) {
        this.privateNote = privateNote;
    }
}
