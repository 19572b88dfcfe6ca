package dev.triad.alignment.web;

import dev.triad.alignment.AgendaItem;
import dev.triad.alignment.AlignmentService.ItemEntry;
import dev.triad.system.MultiLineText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** The meeting's checklist as the coach leaves it: each item covered or not, with notes. */
class ChecklistForm {

    @Valid
    @Size(max = 20, message = "A checklist has at most 20 items")
    private List<Item> items = new ArrayList<>();

    static ChecklistForm of(List<AgendaItem> agenda) {
        ChecklistForm form = new ChecklistForm();
        for (AgendaItem item : agenda) {
            Item entry = new Item();
            entry.setId(item.getId());
            entry.setCovered(item.isCovered());
            entry.setNotes(item.getNotes());
            entry.setVersion(item.getVersion());
            form.items.add(entry);
        }
        return form;
    }

    List<ItemEntry> entries() {
        // an item posted without its version is treated as stale, never as "whatever is stored"
        return items.stream()
                .map(i -> new ItemEntry(
                        i.getId(),
                        i.isCovered(),
                        i.getNotes(),
                        i.getVersion() == null ? Long.valueOf(-1) : i.getVersion()))
                .toList();
    }

    public List<Item> getItems() {
        return items;
    }

    public void setItems(List<Item> items) {
        this.items = items;
    }

    public static class Item {

        /** Written by the page; a missing or unknown id is an item not found (404), like another meeting's item. */
        private Long id;

        private boolean covered;

        @Size(max = 2000, message = "Use at most 2000 characters")
        @MultiLineText
        private String notes;

        private Long version;

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public boolean isCovered() {
            return covered;
        }

        public void setCovered(boolean covered) {
            this.covered = covered;
        }

        public String getNotes() {
            return notes;
        }

        public void setNotes(String notes) {
            this.notes = notes;
        }
    }
}
