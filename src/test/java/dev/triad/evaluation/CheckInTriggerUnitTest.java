package dev.triad.evaluation;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class CheckInTriggerUnitTest {

    @Test
    void aCheckInFallsDueAfterEveryNthHeldSession() {
        assertThat(LongStream.rangeClosed(0, 10).filter(held -> CheckInService.due(held, 3)))
                .containsExactly(3L, 6L, 9L);
        assertThat(LongStream.rangeClosed(0, 5).filter(held -> CheckInService.due(held, 1)))
                .containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(LongStream.rangeClosed(0, 9).filter(held -> CheckInService.due(held, 4)))
                .containsExactly(4L, 8L);
    }
}
