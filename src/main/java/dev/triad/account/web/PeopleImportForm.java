package dev.triad.account.web;

/** What HR pastes on the import page (a file, if chosen, comes as its own part and takes precedence). */
class PeopleImportForm {

    private String text = "";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }
}
