/**
 * The {@code bench} command: loads synthetic provinces through the application's own
 * import and bulk paths and measures member import, member search, the organisation tree
 * page and evaluation-mode start-up, then writes {@code docs/benchmarks.md}. Started from
 * {@code main} before Spring (like {@code generate}); it starts its own Spring context
 * per phase. Nothing here is a Spring bean, so the running application never loads it.
 */
package vn.tuyengiao.bench;
