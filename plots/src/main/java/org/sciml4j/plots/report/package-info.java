/**
 * Run reports: a folder per run with {@code metrics.json}, figure data ({@code data/<id>.json}), figures
 * (PNG and SVG) and a self-contained {@code index.html}; {@link org.sciml4j.plots.report.ReportWriter} writes
 * it, {@link org.sciml4j.plots.report.ReportReader} reads it back so the report can be rebuilt.
 */
package org.sciml4j.plots.report;
