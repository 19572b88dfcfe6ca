package dev.triad.assessment.web;

import dev.triad.account.CurrentUser;
import dev.triad.assessment.Assessment;
import dev.triad.assessment.AssessmentFile;
import dev.triad.assessment.AssessmentPage;
import dev.triad.assessment.AssessmentService;
import dev.triad.assessment.FileDownload;
import dev.triad.assessment.Sharing;
import dev.triad.system.RuleViolation;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.Violations;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** An assessment's report files, and what of it the leader sees. */
@Controller
@RequestMapping("/engagements/{id}/assessments")
class AssessmentFileController {

    private final AssessmentService assessments;
    private final FormPost post;
    private final Violations violations;

    AssessmentFileController(AssessmentService assessments, FormPost post, Violations violations) {
        this.assessments = assessments;
        this.post = post;
        this.violations = violations;
    }

    /**
     * Attaches a report. A request over the servlet's multipart limit never gets here: the server answers
     * 413 with templates/error/413.html, which says what the limit is.
     */
    @PostMapping("/{aid}/files")
    String attach(
            @PathVariable Long id,
            @PathVariable Long aid,
            @AuthenticationPrincipal CurrentUser me,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] content = file == null ? null : file.getBytes();
            AssessmentFile attached =
                    assessments.attach(id, aid, file == null ? null : file.getOriginalFilename(), content, me);
            redirect.addFlashAttribute("message", post.text("flash.assessment.attached", attached.getFilename()));
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("fileError", violations.message(e));
        }
        return "redirect:/engagements/" + id + "/assessments/" + aid + "#files";
    }

    @GetMapping("/{aid}/files/{fileId}")
    ResponseEntity<byte[]> download(
            @PathVariable Long id,
            @PathVariable Long aid,
            @PathVariable Long fileId,
            @AuthenticationPrincipal CurrentUser me) {
        FileDownload file = assessments.download(id, aid, fileId, me);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    @PostMapping("/{aid}/files/{fileId}/delete")
    String removeFile(
            @PathVariable Long id,
            @PathVariable Long aid,
            @PathVariable Long fileId,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        assessments.removeFile(id, aid, fileId, me);
        redirect.addFlashAttribute("message", post.text("flash.assessment.fileRemoved"));
        return "redirect:/engagements/" + id + "/assessments/" + aid + "#files";
    }

    /** What withdrawing the share does, before the client does it. */
    @GetMapping("/{aid}/sharing/withdraw")
    String confirmWithdrawal(
            @PathVariable Long id, @PathVariable Long aid, @AuthenticationPrincipal CurrentUser me, Model model) {
        AssessmentPage page = assessments.sharingToWithdraw(id, aid, me);
        model.addAttribute("page", page);
        model.addAttribute("access", page.access());
        return "assessment/withdraw";
    }

    @PostMapping("/{aid}/sharing")
    String share(
            @PathVariable Long id,
            @PathVariable Long aid,
            @RequestParam Sharing sharing,
            @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        Assessment assessment = assessments.share(id, aid, sharing, me);
        redirect.addFlashAttribute(
                "message",
                post.text(
                        switch (assessment.getSharing()) {
                            case NONE -> "flash.assessment.sharing.none";
                            case SUMMARY -> "flash.assessment.sharing.summary";
                            case WHOLE -> "flash.assessment.sharing.whole";
                        }));
        return "redirect:/engagements/" + id + "/assessments/" + aid;
    }
}
