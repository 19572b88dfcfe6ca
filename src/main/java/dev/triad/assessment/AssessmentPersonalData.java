package dev.triad.assessment;

import dev.triad.engagement.ClientExport;
import dev.triad.engagement.PersonalData;
import dev.triad.engagement.PersonalRows;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assessments in data rights. The client owns them: the export holds every assessment of their engagements with its
 * scores and report files (as files), their 360 requests with how many answered and the results exactly as the client
 * sees them (in aggregate, groups under the anonymity threshold folded, no rater's name, email or group on any answer),
 * and the access log of who read them. Erasure blanks the assessment (kind and date stay, so the append-only access log
 * still points at a row), withdraws any share, and deletes scores, files and the 360 raters with their answers and links.
 * The access log itself is kept: it records who read what and when, no content (a file read keeps the file's name).
 */
// The export's files come in this order (README.txt lists them so).
@Order(5)
@Component
class AssessmentPersonalData implements PersonalData {

    static final String FILES = "assessment-files/";

    private final NamedParameterJdbcTemplate jdbc;
    private final AssessmentFeedback feedback;

    AssessmentPersonalData(NamedParameterJdbcTemplate jdbc, AssessmentFeedback feedback) {
        this.jdbc = jdbc;
        this.feedback = feedback;
    }

    @Override
    public void export(ClientScope scope, ClientExport out) {
        Map<String, Object> ids = Map.of("ids", scope.engagementIds());
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("assessments", PersonalRows.of(jdbc, """
                select a.id, a.engagement_id, a.kind, a.title, a.assessed_on, a.summary, a.strengths, a.development_areas,
                       a.sharing as shared_with_leader, a.shared_at, a.created_at, a.updated_at
                from assessment a where a.engagement_id in (:ids) order by a.engagement_id, a.assessed_on, a.id""", ids));
        content.put("scores", PersonalRows.of(jdbc, """
                select s.assessment_id, s.competency, s.score, s.scale
                from assessment_score s where s.engagement_id in (:ids) order by s.assessment_id, s.position""", ids));
        List<Map<String, Object>> files = PersonalRows.of(jdbc, """
                select f.id, f.assessment_id, f.filename, f.content_type, f.size_bytes, f.uploaded_at
                from assessment_file f where f.engagement_id in (:ids) order by f.assessment_id, f.id""", ids);
        files.forEach(f -> f.put("path", path(f)));
        content.put("reportFiles", files);
        content.put("feedback360", feedback.export(scope.engagementIds()));
        out.json(
                "assessments.json",
                "Your assessments (360 reviews, interviews, instruments, surveys, self-assessments) with "
                        + "their strengths, development areas, scores and what you share with your leader; the report files, which are "
                        + "in the folder " + FILES
                        + " (reportFiles gives each one's path); your 360 requests and their results as you "
                        + "see them, in aggregate and without any rater's identity.",
                content);
        // One report file at a time, straight from the database to the archive.
        for (Map<String, Object> file : files) {
            jdbc.query(
                    "select c.content from assessment_file_content c where c.file_id = :id",
                    Map.of("id", file.get("id")),
                    rs -> {
                        out.file((String) file.get("path"), rs.getBinaryStream(1));
                    });
        }
        out.json(
                "assessment-access-log.json",
                "Who other than you read your assessments, and when (as on the access log page).",
                Map.of("reads", PersonalRows.of(jdbc, """
                        select l.engagement_id, l.assessment_id, u.full_name as reader, l.reader_role, l.what, l.detail, l.read_at
                        from assessment_access l join person_name u on u.id = l.reader_id
                        where l.engagement_id in (:ids) order by l.read_at, l.id""", ids)));
    }

    private static String path(Map<String, Object> file) {
        String name = ((String) file.get("filename")).replaceAll("[^A-Za-z0-9._ -]", "_");
        return FILES + file.get("assessmentId") + "/" + file.get("id") + "-" + name;
    }

    @Override
    public void erase(Long engagementId) {
        Map<String, Object> id = Map.of("id", engagementId, "erased", ERASED);
        feedback.erase(engagementId);
        jdbc.update("delete from assessment_file where engagement_id = :id", id);
        jdbc.update("delete from assessment_score where engagement_id = :id", id);
        jdbc.update(
                "update assessment set title = :erased, summary = null, strengths = null, development_areas = null, "
                        + "sharing = 'NONE', shared_at = null where engagement_id = :id",
                id);
    }
}
