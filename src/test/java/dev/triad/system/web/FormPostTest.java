package dev.triad.system.web;

import dev.triad.system.RuleViolation;
import dev.triad.system.StaleEdit;
import dev.triad.system.WallTime;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FormPostTest {

    /** A form with two fields. */
    public static class Typed {
        private String commitments;
        private String reason;

        public String getCommitments() {
            return commitments;
        }

        public void setCommitments(String commitments) {
            this.commitments = commitments;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    private final StaticMessageSource messages = new StaticMessageSource();
    private final FormPost post;
    private final BeanPropertyBindingResult result = new BeanPropertyBindingResult(new Typed(), "form");
    private final RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
    private final AtomicInteger changes = new AtomicInteger();

    FormPostTest() {
        messages.addMessage("flash.test.saved", Locale.getDefault(), "{0} saved, it''s kept.");
        messages.addMessage("flash.test.plain", Locale.getDefault(), "Saved, it's kept.");
        messages.addMessage("rule.test.tooMany", Locale.getDefault(), "At most {0} lines");
        post = new FormPost(new Violations(messages), messages);
    }

    @Test
    void aSavedChangeIsFlashedFromItsCodeAndRedirected() {
        String view = post.form(result, redirect, () -> "page")
                .run(
                        () -> changes.incrementAndGet(),
                        n -> FormPost.Done.redirect("/done/" + n).flash("flash.test.saved", "Goal"));
        assertThat(view).isEqualTo("redirect:/done/1");
        assertThat(redirect.getFlashAttributes().get("message")).isEqualTo("Goal saved, it's kept.");
    }

    @Test
    void aMessageWithoutArgumentsKeepsItsSingleApostrophe() {
        post.form(result, redirect, () -> "page")
                .run(changes::incrementAndGet, FormPost.Done.redirect("/done").flash("flash.test.plain"));
        assertThat(redirect.getFlashAttributes().get("message")).isEqualTo("Saved, it's kept.");
    }

    @Test
    void aRepeatedTimeIsShownNextToItsFieldAndThePageIsGivenTheTwoChoices() {
        ExtendedModelMap model = new ExtendedModelMap();
        LocalDateTime repeated = LocalDateTime.of(2027, 10, 31, 1, 30);
        String view = post.form(result, redirect, () -> "page")
                .askingWhichTime(model)
                .run(
                        () -> WallTime.instant(repeated, ZoneId.of("Europe/London"), "reason", null),
                        at -> FormPost.Done.redirect("/done"));
        assertThat(view).isEqualTo("page");
        assertThat(result.getFieldError("reason").getCode()).isEqualTo("time.ambiguous");
        assertThat(model.getAttribute("whichTime")).isEqualTo(new WhichTime("01:30", "01:30 BST", "01:30 GMT"));
    }

    @Test
    void aFormThatDoesNotAskWhichTimeOnlyShowsTheMessage() {
        ExtendedModelMap model = new ExtendedModelMap();
        post.form(result, redirect, () -> "page")
                .run(
                        () -> WallTime.instant(
                                LocalDateTime.of(2027, 10, 31, 1, 30), ZoneId.of("Europe/London"), "reason", null),
                        at -> FormPost.Done.redirect("/done"));
        assertThat(result.getFieldError("reason").getCode()).isEqualTo("time.ambiguous");
        assertThat(model.containsAttribute("whichTime")).isFalse();
    }

    @Test
    void anInvalidFormIsRenderedAgainWithoutRunningTheChange() {
        result.rejectValue("reason", "NotBlank", "Say why");
        String view = post.form(result, redirect, () -> "page")
                .run(changes::incrementAndGet, FormPost.Done.redirect("/done"));
        assertThat(view).isEqualTo("page");
        assertThat(changes).hasValue(0);
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void anErrorOnAnotherFieldOfASharedFormDoesNotStopTheChange() {
        result.rejectValue("commitments", "NotBlank", "Write one");
        String view = post.form(result, redirect, () -> "page")
                .checking("reason")
                .run(changes::incrementAndGet, FormPost.Done.redirect("/done"));
        assertThat(view).isEqualTo("redirect:/done");
        assertThat(changes).hasValue(1);
    }

    @Test
    void aBrokenRuleIsShownOnTheFormFieldThePageMapsItsDomainFieldTo() {
        String view = post.form(result, redirect, () -> "page")
                .field("descriptions", "commitments")
                .run(
                        () -> {
                            throw new RuleViolation("descriptions", "rule.test.tooMany", 10);
                        },
                        FormPost.Done.redirect("/done"));
        assertThat(view).isEqualTo("page");
        assertThat(result.getFieldError("commitments").getDefaultMessage()).isEqualTo("At most 10 lines");
        assertThat(redirect.getFlashAttributes()).isEmpty();
    }

    @Test
    void aBrokenRuleOnAFieldTheFormDoesNotHaveIsShownAboveTheFormOrOnItsFallbackField() {
        post.form(result, redirect, () -> "page")
                .run(
                        () -> {
                            throw new RuleViolation("leader", "No leader");
                        },
                        FormPost.Done.redirect("/done"));
        assertThat(result.getGlobalError().getDefaultMessage()).isEqualTo("No leader");

        BeanPropertyBindingResult other = new BeanPropertyBindingResult(new Typed(), "form");
        post.form(other, redirect, () -> "page")
                .otherwiseOn("reason")
                .run(
                        () -> {
                            throw new RuleViolation("leader", "No leader");
                        },
                        FormPost.Done.redirect("/done"));
        assertThat(other.getFieldError("reason").getDefaultMessage()).isEqualTo("No leader");
    }

    @Test
    void allOnPutsEveryRuleButTheMappedOnesOnOneField() {
        post.form(result, redirect, () -> "page")
                .allOn("commitments")
                .field("reason", "reason")
                .run(
                        () -> {
                            throw new RuleViolation("reason", "Too short");
                        },
                        FormPost.Done.redirect("/done"));
        assertThat(result.getFieldError("reason").getDefaultMessage()).isEqualTo("Too short");
        assertThat(result.getFieldError("commitments")).isNull();
    }

    @Test
    void aStaleSaveShowsThePagesConflictOrGoesToTheShared409Page() {
        String view = post.form(result, redirect, () -> "page")
                .onStale(() -> "conflict")
                .run(
                        () -> {
                            throw new StaleEdit(Typed.class, 1L);
                        },
                        FormPost.Done.redirect("/done"));
        assertThat(view).isEqualTo("conflict");

        assertThatThrownBy(() -> post.form(result, redirect, () -> "page")
                        .run(
                                () -> {
                                    throw new StaleEdit(Typed.class, 1L);
                                },
                                FormPost.Done.redirect("/done")))
                .isInstanceOf(StaleEdit.class);
    }

    @Test
    void aOneClickActionFlashesABrokenRuleAsTheErrorAndGoesBack() {
        String view = post.action(
                redirect,
                () -> {
                    throw new RuleViolation(null, "rule.test.tooMany", 3);
                },
                FormPost.Done.redirect("/done").flash("flash.test.plain"),
                "/back");
        assertThat(view).isEqualTo("redirect:/back");
        assertThat(redirect.getFlashAttributes().get("error")).isEqualTo("At most 3 lines");
        assertThat(redirect.getFlashAttributes().get("message")).isNull();
    }
}
