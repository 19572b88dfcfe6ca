package dev.triad.engagement.web;

import dev.triad.account.PersonName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoachOptionsUnitTest {

    @Test
    void eachCoachIsAnOptionWithTheChosenOneSelectedAndNamesEscaped() {
        String html = CoachOptions.html(List.of(new PersonName(7L, "Ana <script>alert(1)</script> & Co"),
                new PersonName(9L, "Ben \"Benny\" O'Hara")), 9L);

        assertThat(html).isEqualTo("<option value=\"7\">Ana &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co</option>"
                + "<option value=\"9\" selected>Ben &quot;Benny&quot; O&#39;Hara</option>");
    }

    @Test
    void noCoachChosenSelectsNone() {
        assertThat(CoachOptions.html(List.of(new PersonName(7L, "Ana")), null)).isEqualTo("<option value=\"7\">Ana</option>");
        assertThat(CoachOptions.html(List.of(), 7L)).isEmpty();
    }
}
