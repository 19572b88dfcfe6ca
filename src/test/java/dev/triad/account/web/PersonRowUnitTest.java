package dev.triad.account.web;

import dev.triad.account.PersonRow;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An imported row is held to the rules of HR's one-person form: every field of {@link PersonRow} carries exactly the
 * constraints (and messages) of the same field of {@link PersonForm}, so a rule changed on the form and not on the
 * import fails here.
 */
class PersonRowUnitTest {

    @Test
    void anImportedRowHasTheConstraintsOfTheOnePersonFormFieldByField() throws Exception {
        Field[] fields = PersonRow.class.getDeclaredFields();
        assertThat(fields)
                .extracting(Field::getName)
                .containsExactlyInAnyOrder("fullName", "email", "title", "specialities", "languages", "capacity");
        for (Field row : fields) {
            Field form = PersonForm.class.getDeclaredField(row.getName());
            assertThat(constraints(row))
                    .as(row.getName())
                    .isEqualTo(constraints(form))
                    .isNotEmpty();
        }
    }

    private static Set<Annotation> constraints(Field field) {
        return Arrays.stream(field.getDeclaredAnnotations()).collect(Collectors.toSet());
    }
}
