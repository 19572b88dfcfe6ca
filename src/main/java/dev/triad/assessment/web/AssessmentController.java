package dev.triad.assessment.web;

import dev.triad.account.CurrentUser;
import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentEditor;
import dev.triad.assessment.AssessmentFile;
import dev.triad.assessment.AssessmentKind;
import dev.triad.assessment.AssessmentPage;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.FileDownload;
import dev.triad.assessment.ScoreLine;
import dev.triad.assessment.Sharing;
import dev.triad.system.Conflict;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.Violations;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * An engagement's assessments: the assessments page (strengths and development areas side by side,
 * scores as charts), the assessment page, the form, scores, report files, sharing with the leader, and
 * the client's access log.
 */
@Controller
@RequestMapping("/engagements/{id}/assessments")
class AssessmentController {

    static final int LOG_PAGE_SIZE = 50;

    private final AssessmentService assessments;
    private final Clock clock;
    private final Violations violations;

    AssessmentController(AssessmentService assessments, Clock clock, Violations violations) {
        this.assessments = assessments;
        this.clock = clock;
        this.violations = violations;
    }

    @GetMapping
    String list(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("overview", assessments.overview(id, me));
        return "assessment/list";
    }

    @GetMapping("/new")
    String newAssessment(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("form", AssessmentForm.newAssessment(LocalDate.now(clock)));
        return form(assessments.forNew(id, me), model);
    }

    @PostMapping
    String create(@PathVariable Long id, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Assessment assessment = assessments.create(id, form.toDetails(), me);
                redirect.addFlashAttribute("message", "Assessment saved. Add its scores or attach the report.");
                return "redirect:/engagements/" + id + "/assessments/" + assessment.getId();
            } catch (RuleViolation e) {
                violations.reject(result, e);
            }
        }
        return form(assessments.forNew(id, me), model);
    }

    @GetMapping("/access-log")
    String accessLog(@PathVariable Long id, @RequestParam(defaultValue = "0") int page,
                     @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("log", assessments.accessLog(id, me, PageRequest.of(Math.max(0, page), LOG_PAGE_SIZE)));
        return "assessment/access-log";
    }

    @GetMapping("/{aid}")
    String show(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        AssessmentPage page = assessments.page(id, aid, me);
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        model.addAttribute("sharings", Sharing.values());
        model.addAttribute("maxUploadBytes", AssessmentFile.MAX_BYTES);
        return "assessment/show";
    }

    @GetMapping("/{aid}/edit")
    String edit(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        AssessmentEditor editor = assessments.forEdit(id, aid, me);
        model.addAttribute("form", AssessmentForm.of(editor.assessment()));
        return form(editor, model);
    }

    @PostMapping("/{aid}/edit")
    String update(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me,
                  @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                assessments.update(id, aid, form.getVersion(), form.toDetails(), me);
                redirect.addFlashAttribute("message", "Assessment saved.");
                return "redirect:/engagements/" + id + "/assessments/" + aid;
            } catch (RuleViolation e) {
                violations.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                AssessmentEditor editor = assessments.forEdit(id, aid, me);
                AssessmentForm stored = AssessmentForm.of(editor.assessment());
                form.setVersion(stored.getVersion());
                Conflict.on("assessment")
                        .line("Kind", form.getKind(), stored.getKind())
                        .line("Date", form.getAssessedOn(), stored.getAssessedOn())
                        .line("Title", form.getTitle(), stored.getTitle())
                        .line("Summary", form.getSummary(), stored.getSummary())
                        .line("Strengths", form.getStrengths(), stored.getStrengths())
                        .line("Development areas", form.getDevelopmentAreas(), stored.getDevelopmentAreas())
                        .show(model, response);
                return form(editor, model);
            }
        }
        return form(assessments.forEdit(id, aid, me), model);
    }

    @GetMapping("/{aid}/scores")
    String scores(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        AssessmentEditor editor = assessments.forEdit(id, aid, me);
        model.addAttribute("form", new ScoresForm(ScoreLine.format(editor.scores()), editor.assessment().getVersion()));
        return scoresPage(editor, model);
    }

    @PostMapping("/{aid}/scores")
    String saveScores(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me,
                      @Valid @ModelAttribute("form") ScoresForm form, BindingResult result, Model model,
                      RedirectAttributes redirect, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                List<ScoreLine> lines = ScoreLine.parse(form.getScores());
                assessments.replaceScores(id, aid, form.getVersion(), lines, me);
                redirect.addFlashAttribute("message", lines.isEmpty() ? "Scores removed." : "Scores saved.");
                return "redirect:/engagements/" + id + "/assessments/" + aid + "#scores";
            } catch (RuleViolation e) {
                violations.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                AssessmentEditor editor = assessments.forEdit(id, aid, me);
                form.setVersion(editor.assessment().getVersion());
                Conflict.on("assessment’s scores")
                        .line("Scores", form.getScores(), ScoreLine.format(editor.scores()))
                        .show(model, response);
                return scoresPage(editor, model);
            }
        }
        return scoresPage(assessments.forEdit(id, aid, me), model);
    }

    /**
     * Attaches a report. A request over the servlet's multipart limit never gets here: the server answers
     * 413 with templates/error/413.html, which says what the limit is.
     */
    @PostMapping("/{aid}/files")
    String attach(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me,
                  @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] content = file == null ? null : file.getBytes();
            AssessmentFile attached = assessments.attach(id, aid, file == null ? null : file.getOriginalFilename(), content, me);
            redirect.addFlashAttribute("message", "“" + attached.getFilename() + "” attached.");
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("fileError", violations.message(e));
        }
        return "redirect:/engagements/" + id + "/assessments/" + aid + "#files";
    }

    @GetMapping("/{aid}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long aid, @PathVariable Long fileId,
                                    @AuthenticationPrincipal CurrentUser me) {
        FileDownload file = assessments.download(id, aid, fileId, me);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    @PostMapping("/{aid}/files/{fileId}/delete")
    String removeFile(@PathVariable Long id, @PathVariable Long aid, @PathVariable Long fileId,
                      @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        assessments.removeFile(id, aid, fileId, me);
        redirect.addFlashAttribute("message", "File removed.");
        return "redirect:/engagements/" + id + "/assessments/" + aid + "#files";
    }

    /** What withdrawing the share does, before the client does it. */
    @GetMapping("/{aid}/sharing/withdraw")
    String confirmWithdrawal(@PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        AssessmentPage page = assessments.sharingToWithdraw(id, aid, me);
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        return "assessment/withdraw";
    }

    @PostMapping("/{aid}/sharing")
    String share(@PathVariable Long id, @PathVariable Long aid, @RequestParam Sharing sharing,
                 @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        Assessment assessment = assessments.share(id, aid, sharing, me);
        redirect.addFlashAttribute("message", switch (assessment.getSharing()) {
            case NONE -> "The leader no longer sees this assessment.";
            case SUMMARY -> "The leader now sees the summary, strengths and development areas of this assessment.";
            case WHOLE -> "The leader now sees this whole assessment.";
        });
        return "redirect:/engagements/" + id + "/assessments/" + aid;
    }

    private String form(AssessmentEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        model.addAttribute("kinds", editor.kindFixed() ? List.of(AssessmentKind.REVIEW_360) : List.of(AssessmentKind.values()));
        return "assessment/form";
    }

    private String scoresPage(AssessmentEditor editor, Model model) {
        model.addAttribute("editor", editor);
        model.addAttribute("access", editor.access());
        return "assessment/scores";
    }
}
