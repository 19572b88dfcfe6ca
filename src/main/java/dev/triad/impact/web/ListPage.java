package dev.triad.impact.web;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import java.util.List;

/** One page of a list already in memory; a page number out of range shows the nearest page. */
final class ListPage {

    private ListPage() {}

    static <T> Page<T> of(List<T> all, int page, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        return new PageImpl<>(
                all.subList(shown * size, Math.min(all.size(), (shown + 1) * size)),
                PageRequest.of(shown, size),
                all.size());
    }
}
