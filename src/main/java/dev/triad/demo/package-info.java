/**
 * One organisation's worth of demo data, loaded once into an empty database when
 * {@code triad.demo.enabled} is true. Kept out of {@code system} because it depends on every module.
 */
package dev.triad.demo;
