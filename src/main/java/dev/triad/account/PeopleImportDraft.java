package dev.triad.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A previewed CSV of people waiting for its HR administrator's "Import": the import reads the file from here, not from
 * the browser, and only for the person who previewed it, by the token their preview page holds (kept as its SHA-256).
 */
@Entity
@Table(name = "people_import_draft")
class PeopleImportDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String tokenHash;

    private Long hrUserId;

    private String csv;

    private int rowCount;

    private Instant createdAt;

    private Instant expiresAt;

    protected PeopleImportDraft() {}

    PeopleImportDraft(String tokenHash, Long hrUserId, String csv, int rowCount, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.hrUserId = hrUserId;
        this.csv = csv;
        this.rowCount = rowCount;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    String getCsv() {
        return csv;
    }

    int getRowCount() {
        return rowCount;
    }
}
