namespace CeuRules.Reports;

/// <summary>The HTML report's style sheet, inline in the page: system fonts only, colours from <see cref="HtmlPalette"/>.</summary>
internal static class HtmlStyle
{
    internal const string Sheet = $$"""

        * { box-sizing: border-box; }
        body { margin: 0; background: {{HtmlPalette.Page}}; color: {{HtmlPalette.Ink}};
          font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
        main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 40px; }
        h1 { font-size: 26px; margin: 0 0 4px; }
        h2 { font-size: 21px; margin: 0 0 2px; }
        h3 { font-size: 16px; margin: 26px 0 8px; padding-bottom: 4px; border-bottom: 1px solid {{HtmlPalette.Track}}; }
        .meta, .sub { color: {{HtmlPalette.Muted}}; }
        .meta { margin: 0 0 12px; }
        .sub { display: block; font-size: 13px; font-weight: normal; }
        header.page { border-bottom: 3px solid {{HtmlPalette.Ink}}; margin-bottom: 20px; }
        section.certification { margin-top: 28px; }
        section.certification + section.certification { border-top: 3px solid {{HtmlPalette.Ink}}; padding-top: 24px; }
        .findings { background: {{HtmlPalette.LapsedLight}}; border-left: 6px solid {{HtmlPalette.Lapsed}}; padding: 8px 16px; }
        .findings h2 { font-size: 17px; }

        .status { border-left: 8px solid; border-radius: 4px; padding: 12px 18px; margin: 8px 0 4px; }
        .status .headline { font-size: 20px; font-weight: 650; margin: 8px 0 4px; }
        .status .explanation { margin: 0; }
        .badge { display: inline-block; color: {{HtmlPalette.Page}}; font-weight: 700; font-size: 13px; letter-spacing: 0.03em;
          text-transform: uppercase; padding: 2px 10px; border-radius: 999px; }
        .status.met { background: {{HtmlPalette.MetLight}}; border-color: {{HtmlPalette.Met}}; }
        .status.met .badge { background: {{HtmlPalette.Met}}; }
        .status.in-progress { background: {{HtmlPalette.ProgressLight}}; border-color: {{HtmlPalette.Progress}}; }
        .status.in-progress .badge { background: {{HtmlPalette.Progress}}; }
        .status.within-ce-time-limit { background: {{HtmlPalette.TimeLimitLight}}; border-color: {{HtmlPalette.TimeLimit}}; }
        .status.within-ce-time-limit .badge { background: {{HtmlPalette.TimeLimit}}; }
        .status.lapsed { background: {{HtmlPalette.LapsedLight}}; border-color: {{HtmlPalette.Lapsed}}; }
        .status.lapsed .badge { background: {{HtmlPalette.Lapsed}}; }
        .status.ineligible { background: {{HtmlPalette.IneligibleLight}}; border-color: {{HtmlPalette.Ineligible}}; }
        .status.ineligible .badge { background: {{HtmlPalette.Ineligible}}; }

        .panel { background: {{HtmlPalette.Panel}}; border-radius: 4px; padding: 10px 18px; }
        .panel p { margin: 6px 0; }
        .plan { margin: 4px 0 8px; padding-left: 22px; }
        .plan li:first-child { font-weight: 650; }
        .next-step { font-size: 17px; font-weight: 650; }
        .panel h4 { font-size: 14px; margin: 12px 0 2px; color: {{HtmlPalette.Muted}}; }
        ul.routes { margin: 2px 0 8px; padding-left: 22px; }
        ul.routes li.closed { color: {{HtmlPalette.Muted}}; }
        nav.summary ul { padding-left: 0; list-style: none; }
        nav.summary li { border-left: 6px solid {{HtmlPalette.Rule}}; padding: 4px 10px; margin: 4px 0; }
        nav.summary li.met { border-color: {{HtmlPalette.Met}}; }
        nav.summary li.in-progress { border-color: {{HtmlPalette.Progress}}; }
        nav.summary li.within-ce-time-limit { border-color: {{HtmlPalette.TimeLimit}}; }
        nav.summary li.lapsed { border-color: {{HtmlPalette.Lapsed}}; }
        nav.summary li.ineligible { border-color: {{HtmlPalette.Ineligible}}; }
        .warning { font-weight: 650; }
        .warning::before { content: "⚠ "; }

        table { border-collapse: collapse; width: 100%; margin: 6px 0; }
        caption { text-align: left; font-weight: 650; padding: 4px 0; }
        th, td { text-align: left; vertical-align: top; padding: 6px 10px; border-bottom: 1px solid {{HtmlPalette.Track}}; }
        thead th { font-size: 13px; color: {{HtmlPalette.Muted}}; border-bottom: 2px solid {{HtmlPalette.Rule}}; }
        td.number { white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.source { font-size: 13px; color: {{HtmlPalette.Muted}}; }
        .panel table th, .panel table td { border-bottom-color: {{HtmlPalette.Page}}; }

        .fees th[scope=row] { width: 30%; white-space: nowrap; }
        section.recommendation { margin-top: 32px; }
        ul.earns, ul.outlook ul { margin: 0; padding-left: 18px; }
        table.recommended tfoot th, table.recommended tfoot td { font-weight: 650; }
        table.requirements { table-layout: fixed; }
        .requirements thead th:nth-child(1) { width: 28%; }
        .requirements thead th:nth-child(2) { width: 22%; }
        .requirements thead th:nth-child(3) { width: 24%; }
        .bar-cell .bar { margin-top: 3px; }
        .bar { height: 16px; background: {{HtmlPalette.Track}}; border: 1px solid {{HtmlPalette.Rule}}; border-radius: 3px; overflow: hidden; }
        .fill { height: 100%; }
        .fill.met { background: {{HtmlPalette.Met}}; }
        .fill.short { background: {{HtmlPalette.Progress}}; }
        .fill.cap { background: {{HtmlPalette.Muted}}; }
        td.result { font-weight: 650; }
        td.result.met { color: {{HtmlPalette.Met}}; }
        td.result.cap { color: {{HtmlPalette.Muted}}; font-weight: normal; }

        svg.timeline { display: block; width: 100%; height: auto; margin: 4px 0 0; }
        svg.timeline text { font-family: inherit; font-size: 12.5px; fill: {{HtmlPalette.Ink}}; }
        svg.timeline text.band-label { font-weight: 700; }
        svg.timeline text.year { text-anchor: middle; fill: {{HtmlPalette.Muted}}; }
        svg.timeline text.as-of-label { font-weight: 700; }
        svg.timeline text.date-label, svg.timeline text.as-of-label, svg.timeline text.year { paint-order: stroke; stroke: {{HtmlPalette.Page}}; stroke-width: 4px; stroke-linejoin: round; }
        svg .axis { stroke: {{HtmlPalette.Rule}}; stroke-width: 1.5; }
        svg .date-line { stroke: {{HtmlPalette.Rule}}; stroke-width: 1; }
        svg .as-of-line { stroke: {{HtmlPalette.Ink}}; stroke-width: 2; stroke-dasharray: 5 3; }
        svg .counted { fill: {{HtmlPalette.Met}}; }
        svg .partly { fill: {{HtmlPalette.Page}}; stroke: {{HtmlPalette.Met}}; stroke-width: 3; }
        svg .not-counted { fill: {{HtmlPalette.Page}}; stroke: {{HtmlPalette.Lapsed}}; stroke-width: 2.5; }
        svg .edge { fill: {{HtmlPalette.Ink}}; }
        svg text.number { text-anchor: middle; font-weight: 700; }
        svg text.number.counted { fill: {{HtmlPalette.Page}}; stroke: none; }
        svg text.number.partly { fill: {{HtmlPalette.Met}}; stroke: none; }
        svg text.number.not-counted { fill: {{HtmlPalette.Lapsed}}; stroke: none; }
        .key { list-style: none; padding: 0; margin: 8px 0 0; display: grid; grid-template-columns: 1fr 1fr; gap: 4px 24px; font-size: 13.5px; }
        .key li { display: flex; gap: 8px; align-items: flex-start; }
        .key svg { flex: none; margin-top: 1px; }

        .number-cell { width: 44px; }
        .chip { display: inline-block; min-width: 24px; height: 24px; line-height: 20px; text-align: center; font-weight: 700; font-size: 12px; border: 2px solid; }
        .chip.counted { background: {{HtmlPalette.Met}}; border-color: {{HtmlPalette.Met}}; color: {{HtmlPalette.Page}}; border-radius: 50%; }
        .chip.partly { color: {{HtmlPalette.Met}}; border: 3px solid {{HtmlPalette.Met}}; border-radius: 50%; line-height: 18px; }
        .chip.not-counted { color: {{HtmlPalette.Lapsed}}; border-color: {{HtmlPalette.Lapsed}}; }
        .activities th:nth-child(2) { width: 27%; }
        .activities th:nth-child(3) { width: 15%; }
        .activities th:nth-child(4) { width: 13%; }
        td.why { font-size: 14px; }
        td.why .reason { display: block; }
        td.why .reason + .reason { margin-top: 4px; }
        .dates tr.passed td, .dates tr.passed th { color: {{HtmlPalette.Muted}}; }
        details.details { margin-top: 26px; border-top: 1px solid {{HtmlPalette.Track}}; padding-top: 8px; font-size: 13px; color: {{HtmlPalette.Muted}}; }
        details.details summary { cursor: pointer; font-weight: 600; }
        details.details td, details.details th { color: {{HtmlPalette.Ink}}; }
        details.details ul.sources li { overflow-wrap: anywhere; margin-bottom: 4px; }
        td.fee-note { font-size: 13px; color: {{HtmlPalette.Muted}}; }

        @media (max-width: 700px) { .key { grid-template-columns: 1fr; } }
        @media print { main { max-width: none; } .status, .panel, .bar, .fill, .chip, .badge { print-color-adjust: exact; -webkit-print-color-adjust: exact; } }

        """;
}
