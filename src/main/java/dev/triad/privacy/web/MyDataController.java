package dev.triad.privacy.web;

import dev.triad.account.CurrentUser;
import dev.triad.privacy.ClientDataExport;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import java.io.IOException;

/** A client downloads all their own data: a page that says what is in it, and the ZIP itself, streamed as it is written. */
@Controller
@RequestMapping("/account/my-data")
class MyDataController {

    private final ClientDataExport export;

    MyDataController(ClientDataExport export) {
        this.export = export;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("engagements", export.engagementCount(me));
        return "privacy/my-data";
    }

    @GetMapping("/download")
    void download(@AuthenticationPrincipal CurrentUser me, HttpServletResponse response) throws IOException {
        // Refused before anything is written, so that a refusal is the 403 page and not a broken file.
        export.requireClient(me);
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(export.fileName())
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.write(me, response.getOutputStream());
        response.flushBuffer();
    }
}
