package dev.triad.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a report file, read only when someone allowed to downloads it. */
@Entity
@Table(name = "assessment_file_content")
class AssessmentFileContent {

    @Id
    private Long fileId;

    private byte[] content;

    protected AssessmentFileContent() {}

    AssessmentFileContent(Long fileId, byte[] content) {
        this.fileId = fileId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
