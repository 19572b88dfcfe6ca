package dev.triad.system.web;

import dev.triad.system.RuleViolation;
import dev.triad.system.WallTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one way a page's form is posted: an invalid form re-renders the page; otherwise the change runs and its outcome
 * is flashed ({@code flash.*} codes of {@code messages.properties}) before the redirect; a broken rule re-renders the
 * page with the rule's message next to the form field that stands for its domain field ({@link Violations}); a stale
 * save shows the page's own conflict or, when the page has none, the shared 409 page ({@code StaleEditAdvice}).
 * <p>
 * A one-click action ({@link #action}) has no form to re-render: a broken rule is flashed as the error and the browser
 * goes back to the same page.
 */
@Component
public class FormPost {

    private final Violations violations;
    private final MessageSource messages;

    FormPost(Violations violations, MessageSource messages) {
        this.violations = violations;
        this.messages = messages;
    }

    /** A form posted on a page that {@code page} renders again (with the posted values) when it cannot be saved. */
    public Form form(BindingResult result, RedirectAttributes redirect, Supplier<String> page) {
        return new Form(result, redirect, page);
    }

    /** A button that changes something without a form: a broken rule comes back as the flashed error. */
    public <T> String action(RedirectAttributes redirect, Supplier<T> change, Function<T, Done> done, String back) {
        T outcome;
        try {
            outcome = change.get();
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("error", violations.message(e));
            return "redirect:" + back;
        }
        return finish(redirect, done.apply(outcome));
    }

    /** {@link #action(RedirectAttributes, Supplier, Function, String)} for a change that returns nothing. */
    public String action(RedirectAttributes redirect, Runnable change, Done done, String back) {
        return action(
                redirect,
                () -> {
                    change.run();
                    return null;
                },
                ignored -> done,
                back);
    }

    /** A message of {@code messages.properties} in the reader's language. */
    public String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments.length == 0 ? null : arguments, LocaleContextHolder.getLocale());
    }

    private String finish(RedirectAttributes redirect, Done done) {
        String message = done.text != null ? done.text : done.code == null ? null : text(done.code, done.arguments);
        if (message != null) {
            redirect.addFlashAttribute(done.attribute, message);
        }
        return "redirect:" + done.to;
    }

    /** Where the browser goes after a change, and what it is told there. */
    public static final class Done {
        private final String to;
        private String code;
        private Object[] arguments = new Object[0];
        private String text;
        private String attribute = "message";

        private Done(String to) {
            this.to = to;
        }

        /** Redirects to {@code to} (a path with an optional {@code #fragment}). */
        public static Done redirect(String to) {
            return new Done(to);
        }

        /** Tells what was done: a {@code flash.*} message code and its arguments. */
        public Done flash(String code, Object... arguments) {
            this.code = code;
            this.arguments = arguments.clone();
            return this;
        }

        /** Tells, as the page's error, why nothing was done: a {@code flash.*} message code and its arguments. */
        public Done flashError(String code, Object... arguments) {
            this.attribute = "error";
            return flash(code, arguments);
        }

        /** Tells what was done in words a module composed itself (an outcome's ledger lines). */
        public Done flashText(String text) {
            this.text = text;
            return this;
        }
    }

    /** The flow of one form; {@link #run} ends it. */
    public final class Form {
        private final BindingResult result;
        private final RedirectAttributes redirect;
        private final Supplier<String> page;
        private final Map<String, String> fields = new HashMap<>();
        private String checked;
        private String otherwise;
        private boolean allOnOtherwise;
        private boolean validated = true;
        private Runnable invalid = () -> {};
        private Supplier<String> stale;
        private Model asksWhich;

        private Form(BindingResult result, RedirectAttributes redirect, Supplier<String> page) {
            this.result = result;
            this.redirect = redirect;
            this.page = page;
        }

        /** The form names {@code domainField} {@code formField}. */
        public Form field(String domainField, String formField) {
            fields.put(domainField, formField);
            return this;
        }

        /** Only this field of a shared form is posted here: errors on the others do not stop the change. */
        public Form checking(String formField) {
            this.checked = formField;
            return this;
        }

        /** The posted form carries nothing this action reads: its errors do not stop the change. */
        public Form notValidated() {
            this.validated = false;
            return this;
        }

        /** A broken rule on a field this form does not have (or on none) is shown next to {@code formField}. */
        public Form otherwiseOn(String formField) {
            this.otherwise = formField;
            return this;
        }

        /**
         * Every broken rule (but those on a field named by {@link #field}) is shown next to {@code formField}, or above
         * the form when it is {@code null}.
         */
        public Form allOn(String formField) {
            this.otherwise = formField;
            this.allOnOtherwise = true;
            return this;
        }

        /** Runs before an invalid form is re-rendered (e.g. to refuse someone who may not post it at all). */
        public Form whenInvalid(Runnable check) {
            this.invalid = check;
            return this;
        }

        /** A stale save re-renders the page with its conflict; without this the shared 409 page is shown. */
        public Form onStale(Supplier<String> conflict) {
            this.stale = conflict;
            return this;
        }

        /**
         * The form has a typed time that may fall in the hour the clocks repeat: the page is then given the two
         * choices ({@link WhichTime} as {@code whichTime}) and asks which one is meant.
         */
        public Form askingWhichTime(Model model) {
            this.asksWhich = model;
            return this;
        }

        public <T> String run(Supplier<T> change, Function<T, Done> done) {
            if (validated && (checked == null ? result.hasErrors() : result.hasFieldErrors(checked))) {
                String view = page.get();
                invalid.run();
                return view;
            }
            T outcome;
            try {
                outcome = change.get();
            } catch (ObjectOptimisticLockingFailureException e) {
                if (stale == null) {
                    throw e;
                }
                return stale.get();
            } catch (RuleViolation e) {
                reject(e);
                if (asksWhich != null && e instanceof WallTime.Ambiguous ambiguous) {
                    asksWhich.addAttribute("whichTime", WhichTime.of(ambiguous));
                }
                return page.get();
            }
            return finish(redirect, done.apply(outcome));
        }

        public String run(Runnable change, Done done) {
            return run(
                    () -> {
                        change.run();
                        return null;
                    },
                    ignored -> done);
        }

        private void reject(RuleViolation e) {
            String formField = e.field() != null && fields.containsKey(e.field())
                    ? fields.get(e.field())
                    : allOnOtherwise || e.field() == null ? otherwise : e.field();
            if (formField != null && result.getFieldType(formField) == null && !allOnOtherwise) {
                formField = otherwise;
            }
            if (formField == null || result.getFieldType(formField) == null) {
                result.reject(e.code(), e.arguments(), violations.message(e));
            } else if (e.field() == null) {
                result.rejectValue(formField, e.code(), e.arguments(), violations.message(e));
            } else {
                violations.reject(result, e, Map.of(e.field(), formField));
            }
        }
    }
}
