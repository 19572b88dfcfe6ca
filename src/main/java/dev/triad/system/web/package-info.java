/**
 * What every module's pages use to post a form: {@link dev.triad.system.web.FormPost} and the messages of broken rules
 * ({@link dev.triad.system.web.Violations}).
 */
@NamedInterface("web")
package dev.triad.system.web;

import org.springframework.modulith.NamedInterface;
