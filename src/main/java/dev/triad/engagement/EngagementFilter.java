package dev.triad.engagement;

import org.springframework.data.jpa.domain.Specification;

/** What the HR engagement list can be narrowed to. Every part is optional. */
public record EngagementFilter(Long programmeId, Phase phase, Long coachId, boolean unassignedOnly) {

    public static EngagementFilter none() {
        return new EngagementFilter(null, null, null, false);
    }

    Specification<Engagement> toSpecification() {
        Specification<Engagement> spec = (root, query, cb) -> cb.conjunction();
        if (programmeId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("programme").get("id"), programmeId));
        }
        if (phase != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("phase"), phase));
        }
        if (unassignedOnly) {
            spec = spec.and((root, query, cb) -> cb.isNull(root.get("coach")));
        } else if (coachId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("coach").get("id"), coachId));
        }
        return spec;
    }

    static Specification<Engagement> withClient(Long userId) {
        return (root, query, cb) -> cb.equal(root.get("client").get("id"), userId);
    }

    static Specification<Engagement> withLeader(Long userId) {
        return (root, query, cb) -> cb.equal(root.get("leader").get("id"), userId);
    }

    static Specification<Engagement> withCoach(Long userId) {
        return (root, query, cb) -> cb.equal(root.get("coach").get("id"), userId);
    }

    static Specification<Engagement> open() {
        return (root, query, cb) -> cb.notEqual(root.get("phase"), Phase.CLOSED);
    }

    static Specification<Engagement> closed() {
        return (root, query, cb) -> cb.equal(root.get("phase"), Phase.CLOSED);
    }
}
