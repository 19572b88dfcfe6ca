-- The programme dashboard averages impact measures that have their 'after' value, per programme: this index finds a
-- programme's engagements' measured ones without reading every measure (docs/performance.md, EXPLAIN check).
create index impact_measure_measured_idx on impact_measure (engagement_id) where after_value is not null;
