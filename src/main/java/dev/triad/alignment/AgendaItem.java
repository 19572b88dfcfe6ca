package dev.triad.alignment;

import dev.triad.system.Texts;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One item of a meeting's checklist: covered or not, with the coach's notes. */
@Entity
@Table(name = "alignment_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;

    private Long engagementId;

    @Enumerated(EnumType.STRING)
    private AgendaTopic topic;

    private int position;

    private boolean covered;

    private String notes;

    private Long updatedById;

    private Instant updatedAt;

    @jakarta.persistence.Version
    private long version;

    protected AgendaItem() {}

    AgendaItem(AlignmentMeeting meeting, AgendaTopic topic, int position) {
        this.meetingId = meeting.getId();
        this.engagementId = meeting.getEngagementId();
        this.topic = topic;
        this.position = position;
    }

    /** Records the item as it stands; unchanged items keep who touched them last. */
    void record(boolean covered, String notes, Long byId, Instant at) {
        String clean = Texts.clean(notes);
        if (covered == this.covered && java.util.Objects.equals(clean, this.notes)) {
            return;
        }
        this.covered = covered;
        this.notes = clean;
        this.updatedById = byId;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public AgendaTopic getTopic() {
        return topic;
    }

    public int getPosition() {
        return position;
    }

    public boolean isCovered() {
        return covered;
    }

    public String getNotes() {
        return notes;
    }

    public Long getUpdatedById() {
        return updatedById;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
