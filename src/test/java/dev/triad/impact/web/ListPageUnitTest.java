package dev.triad.impact.web;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ListPageUnitTest {

    final List<Integer> seven = IntStream.rangeClosed(1, 7).boxed().toList();

    @Test
    void aPageHoldsItsSliceAndKnowsHowManyThereAre() {
        Page<Integer> second = ListPage.of(seven, 1, 3);
        assertThat(second.getContent()).containsExactly(4, 5, 6);
        assertThat(second.getTotalPages()).isEqualTo(3);
        assertThat(second.getTotalElements()).isEqualTo(7);
        assertThat(ListPage.of(seven, 2, 3).getContent()).containsExactly(7);
    }

    @Test
    void aPageOutOfRangeShowsTheNearestOne() {
        assertThat(ListPage.of(seven, 99, 3).getContent()).containsExactly(7);
        assertThat(ListPage.of(seven, 99, 3).getNumber()).isEqualTo(2);
        assertThat(ListPage.of(seven, -4, 3).getContent()).containsExactly(1, 2, 3);
    }

    @Test
    void anEmptyListIsOneEmptyPage() {
        Page<Integer> page = ListPage.of(List.of(), 0, 3);
        assertThat(page.getContent()).isEmpty();
        assertThat(page.getTotalPages()).isLessThanOrEqualTo(1); // no pager shown
    }
}
