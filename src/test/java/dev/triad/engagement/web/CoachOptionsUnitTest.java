package dev.triad.engagement.web;

import dev.triad.account.PersonName;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** HR's coach filter options, as the engagement/coach-options fragment writes them. */
class CoachOptionsUnitTest {

    private static final SpringTemplateEngine ENGINE = engine();

    @Test
    void eachCoachIsAnOptionWithTheChosenOneSelectedAndNamesEscaped() {
        String html = options(
                List.of(
                        new PersonName(7L, "Ana <script>alert(1)</script> & Co"),
                        new PersonName(9L, "Ben \"Benny\" O'Hara")),
                9L);

        assertThat(html)
                .isEqualTo("<option value=\"7\">Ana &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</option>"
                        + "<option value=\"9\" selected=\"selected\">Ben &quot;Benny&quot; O&#39;Hara</option>");
    }

    @Test
    void noCoachChosenSelectsNone() {
        assertThat(options(List.of(new PersonName(7L, "Ana")), null)).isEqualTo("<option value=\"7\">Ana</option>");
        assertThat(options(List.of(), 7L)).isEmpty();
    }

    private static String options(List<PersonName> coaches, Long selected) {
        Context context = new Context();
        context.setVariable("coaches", coaches);
        context.setVariable("selected", selected);
        return ENGINE.process("engagement/coach-options", Set.of("options"), context)
                .replaceAll(">\\s+<", "><")
                .strip();
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
