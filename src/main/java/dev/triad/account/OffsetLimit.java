package dev.triad.account;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * {@code limit} rows from the {@code offset}-th, by id: a SCIM client pages by a start index, which need not fall on
 * a page boundary as Spring Data's page numbers do.
 */
record OffsetLimit(long offset, int limit) implements Pageable {

    private static final Sort BY_ID = Sort.by("id");

    OffsetLimit {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    @Override
    public int getPageNumber() {
        return (int) (offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return BY_ID;
    }

    @Override
    public Pageable next() {
        return new OffsetLimit(offset + limit, limit);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetLimit(Math.max(0, offset - limit), limit);
    }

    @Override
    public Pageable first() {
        return new OffsetLimit(0, limit);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetLimit((long) pageNumber * limit, limit);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
