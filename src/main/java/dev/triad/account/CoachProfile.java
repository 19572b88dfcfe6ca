package dev.triad.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.List;

/** A coach's entry in the roster: what HR weighs when assigning a coach to an engagement. */
@Entity
@Table(name = "coach_profile")
public class CoachProfile {

    @Id
    private Long userId;

    private String specialities;

    private String languages;

    private int capacity;

    @Version
    private long version;

    protected CoachProfile() {}

    CoachProfile(Long userId, String specialities, String languages, int capacity) {
        this.userId = userId;
        update(specialities, languages, capacity);
    }

    void update(String specialities, String languages, int capacity) {
        this.specialities = specialities == null ? "" : specialities.strip();
        this.languages = languages == null ? "" : languages.strip();
        this.capacity = capacity;
    }

    public Long getUserId() {
        return userId;
    }

    public String getSpecialities() {
        return specialities;
    }

    public List<String> specialityList() {
        return split(specialities);
    }

    public String getLanguages() {
        return languages;
    }

    public List<String> languageList() {
        return split(languages);
    }

    /** How many active engagements this coach takes at the most. */
    public int getCapacity() {
        return capacity;
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public long getVersion() {
        return version;
    }
}
