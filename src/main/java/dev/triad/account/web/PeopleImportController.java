package dev.triad.account.web;

import dev.triad.account.Accounts;
import dev.triad.account.CurrentUser;
import dev.triad.account.PeopleFile;
import dev.triad.account.PeopleImport;
import dev.triad.account.PeopleImport.Imported;
import dev.triad.account.PeopleImport.Kept;
import dev.triad.account.PeopleImport.Outcome;
import dev.triad.account.PeopleImport.Refused;
import dev.triad.system.RuleViolation;
import dev.triad.system.Zones;
import dev.triad.system.web.FormPost;
import dev.triad.system.web.Violations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HR's bulk import of people ({@link PeopleImport}): upload or paste a CSV, see every row's problems next to the row,
 * import all or nothing, and read who was created. The template file shows the columns.
 */
@Controller
@RequestMapping("/people/import")
class PeopleImportController {

    /** How many of the people created the summary lists by name (all of them are on the people page). */
    static final int SUMMARY_NAMES = 200;

    /** The template: the header and two people, a leader who also coaches and a client she leads. */
    static final String TEMPLATE = "\uFEFF"
            + "name,email,title,roles,time_zone,specialities,languages,capacity,leader_email\r\n"
            + "Grace Hopper,grace.hopper@example.org,VP Engineering,LEADER;COACH,America/New_York,"
            + "\"Leadership, Delegation\",English;Spanish,3,\r\n"
            + "Ada Lovelace,ada.lovelace@example.org,Engineering manager,CLIENT,Europe/London,,,,"
            + "grace.hopper@example.org\r\n";

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PeopleImport imports;
    private final Violations violations;
    private final FormPost post;
    private final Zones zones;

    PeopleImportController(PeopleImport imports, Violations violations, FormPost post, Zones zones) {
        this.zones = zones;
        this.imports = imports;
        this.violations = violations;
        this.post = post;
    }

    @ModelAttribute("maxUploadBytes")
    int maxUploadBytes() {
        return PeopleFile.MAX_BYTES;
    }

    @ModelAttribute("maxRows")
    int maxRows() {
        return PeopleFile.MAX_ROWS;
    }

    @ModelAttribute("organisationZone")
    String organisationZone() {
        return zones.organisation().getId();
    }

    @GetMapping
    String page(@ModelAttribute("form") PeopleImportForm form) {
        return "people/import";
    }

    @GetMapping("/template.csv")
    ResponseEntity<String> template() {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("people-template.csv", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(TEMPLATE);
    }

    /** Reads the file (or the pasted text), checks every row, and keeps a file without problems for the import. */
    @PostMapping
    String preview(
            @ModelAttribute("form") PeopleImportForm form,
            BindingResult result,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser me,
            Model model)
            throws IOException {
        if (result.hasErrors()) {
            return "people/import";
        }
        // a file input left empty still sends a part, with no file name; an empty file chosen has one
        boolean uploaded = file != null
                && file.getOriginalFilename() != null
                && !file.getOriginalFilename().isEmpty();
        if (!uploaded && form.getText().isBlank()) {
            model.addAttribute("fileError", post.text("people.import.nothing"));
            return "people/import";
        }
        PeopleFile people;
        try {
            people = uploaded ? PeopleFile.read(file.getBytes()) : PeopleFile.parse(form.getText());
        } catch (RuleViolation e) {
            model.addAttribute(uploaded ? "fileError" : "textError", violations.message(e));
            return "people/import";
        }
        Kept kept = imports.keep(people, me);
        if (uploaded) {
            // the file's text is not put in the box: HR fixes the file and uploads it again
            form.setText("");
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        model.addAttribute("preview", kept.preview());
        model.addAttribute("token", kept.token());
        return "people/import";
    }

    /** Imports the previewed file, all or nothing, after checking every row again. */
    @PostMapping("/confirm")
    String confirm(
            @RequestParam(name = "token", required = false) String token,
            @AuthenticationPrincipal CurrentUser me,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("form", new PeopleImportForm());
        Outcome outcome;
        try {
            outcome = imports.importKept(token, me);
        } catch (Accounts.EmailTakenException e) {
            model.addAttribute("importError", post.text("people.import.raced"));
            imports.kept(token, me).ifPresent(file -> model.addAttribute("preview", imports.check(file)));
            return "people/import";
        }
        if (outcome instanceof Imported imported) {
            List<PeopleImport.ImportedPerson> people = imported.people();
            redirect.addFlashAttribute("message", post.text("flash.people.imported", people.size()));
            redirect.addFlashAttribute("importedCount", people.size());
            redirect.addFlashAttribute(
                    "imported", List.copyOf(people.subList(0, Math.min(people.size(), SUMMARY_NAMES))));
            return "redirect:/people/import/done";
        }
        if (outcome instanceof Refused refused) {
            model.addAttribute("importError", post.text("people.import.changed"));
            model.addAttribute("preview", refused.preview());
        } else {
            model.addAttribute("importError", post.text("people.import.gone"));
        }
        return "people/import";
    }

    /** The summary of the import just made; without one (a reload, a bookmark) the people page. */
    @GetMapping("/done")
    String done(Model model) {
        return model.containsAttribute("imported") ? "people/imported" : "redirect:/people";
    }
}
