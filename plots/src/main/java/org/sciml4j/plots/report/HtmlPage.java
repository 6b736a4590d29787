package org.sciml4j.plots.report;

import org.sciml4j.plots.ChartSpec;

import java.util.List;
import java.util.Map;

/** Renders the self-contained {@code index.html} of a run report (inline CSS, relative links only). */
final class HtmlPage {

    private static final String CSS = """
            body{font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#222;margin:0;background:#f6f7f9}
            header{background:#1f3b5a;color:#fff;padding:18px 32px}
            header h1{margin:0;font-size:24px}header p{margin:6px 0 0;color:#d5e0ec}
            main{padding:16px 32px 40px;max-width:1500px}
            section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:12px 20px;margin:16px 0}
            h2{font-size:18px;margin:4px 0 10px}
            .tables{display:flex;flex-wrap:wrap;gap:16px}.tables section{flex:1 1 320px;margin:0}
            table{border-collapse:collapse;font-size:14px;width:100%}
            td,th{padding:4px 10px;border-bottom:1px solid #eceef1;text-align:left;vertical-align:top}
            td.num{font-family:Menlo,Consolas,monospace;text-align:right;white-space:nowrap}
            tr.err td.num{font-weight:600;color:#123d6b}
            table.config{width:auto;min-width:420px}table.config td.num{text-align:left;padding-left:36px}
            figure{margin:12px 0 24px}figure img{max-width:100%;height:auto;border:1px solid #e4e6ea;background:#fff}
            figcaption{font-size:13px;color:#555;margin-top:4px}figcaption a{margin-left:10px;color:#1f5fa0}
            nav{line-height:1.8}nav a{margin-right:14px;color:#1f5fa0;font-size:14px}
            pre{font-size:12px;background:#f3f4f6;padding:10px;overflow-x:auto;max-height:360px}
            .muted{color:#777}
            """;

    private static final String SCRIPT = """
            <script>
            window.addEventListener('load', function () {
              var imgs = document.images, ok = 0;
              for (var i = 0; i < imgs.length; i++) { if (imgs[i].complete && imgs[i].naturalWidth > 0) { ok++; } }
              document.body.setAttribute('data-images-ok', ok + '/' + imgs.length);
            });
            </script>
            """;

    private HtmlPage() {
    }

    static String render(RunReport r, List<int[]> sizes) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(r.study())).append(" — SciML4J run report</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        b.append("<header><h1>").append(esc(r.study())).append("</h1>");
        if (!r.description().isEmpty()) {
            b.append("<p>").append(esc(r.description())).append("</p>");
        }
        b.append("</header>\n<main>\n");
        if (!r.figures().isEmpty()) {
            b.append("<nav>");
            for (ChartSpec f : r.figures()) {
                b.append("<a href=\"#fig-").append(esc(f.id())).append("\" title=\"").append(esc(f.title())).append("\">")
                        .append(esc(f.id())).append("</a>");
            }
            b.append("</nav>\n");
        }
        b.append("<div class=\"tables\">\n");
        table(b, "Errors", r.errors(), "err", "no error figures recorded");
        table(b, "Metrics", r.metrics(), "", "no metrics recorded");
        table(b, "Timings (s)", r.timings(), "", "no timings recorded");
        b.append("</div>\n");
        b.append("<section><h2>Configuration</h2>\n<table class=\"config\">\n");
        b.append("<tr><td>seed</td><td class=\"num\">").append(r.seed()).append("</td></tr>\n");
        for (Map.Entry<String, Object> e : r.config().entrySet()) {
            b.append("<tr><td>").append(esc(e.getKey())).append("</td><td class=\"num\">")
                    .append(esc(ReportWriter.number(e.getValue()))).append("</td></tr>\n");
        }
        b.append("</table>\n<p class=\"muted\">Numbers: <a href=\"metrics.json\">metrics.json</a>; ")
                .append("figure data: data/&lt;figure&gt;.json; rebuild with <code>sciml report DIR</code>.</p>")
                .append("</section>\n");
        b.append("<section><h2>Figures</h2>\n");
        if (r.figures().isEmpty()) {
            b.append("<p class=\"muted\">no figures</p>\n");
        }
        for (int k = 0; k < r.figures().size(); k++) {
            ChartSpec f = r.figures().get(k);
            String id = esc(f.id());
            b.append("<figure id=\"fig-").append(id).append("\">")
                    .append("<a href=\"figures/").append(id).append(".svg\"><img src=\"figures/").append(id)
                    .append(".png\" alt=\"").append(esc(f.title())).append("\" width=\"").append(sizes.get(k)[0])
                    .append("\" height=\"").append(sizes.get(k)[1]).append("\"></a>")
                    .append("<figcaption>").append(esc(f.title()))
                    .append("<a href=\"figures/").append(id).append(".png\">PNG</a>")
                    .append("<a href=\"figures/").append(id).append(".svg\">SVG</a>")
                    .append("<a href=\"data/").append(id).append(".json\">data</a>")
                    .append("</figcaption></figure>\n");
        }
        b.append("</section>\n");
        if (!r.log().isEmpty()) {
            b.append("<section><h2>Log</h2>\n<pre>");
            for (String line : r.log()) {
                b.append(esc(line)).append('\n');
            }
            b.append("</pre></section>\n");
        }
        b.append("</main>\n").append(SCRIPT).append("</body>\n</html>\n");
        return b.toString();
    }

    private static void table(StringBuilder b, String title, Map<String, Double> values, String rowClass,
                              String empty) {
        b.append("<section><h2>").append(title).append("</h2>\n");
        if (values.isEmpty()) {
            b.append("<p class=\"muted\">").append(empty).append("</p>");
        } else {
            b.append("<table>\n");
            for (Map.Entry<String, Double> e : values.entrySet()) {
                b.append("<tr class=\"").append(rowClass).append("\"><td>").append(esc(e.getKey()))
                        .append("</td><td class=\"num\">").append(esc(ReportWriter.number(e.getValue())))
                        .append("</td></tr>\n");
            }
            b.append("</table>");
        }
        b.append("</section>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
