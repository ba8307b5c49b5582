/**
 * Synthetic Vietnamese provinces and commitments for demos and benchmarks, and the
 * {@code generate} command.
 */
@ApplicationModule(allowedDependencies = { "similarity", "text" })
package vn.tuyengiao.generator;

import org.springframework.modulith.ApplicationModule;
