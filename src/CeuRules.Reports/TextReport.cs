using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;

namespace CeuRules.Reports;

/// <summary>
/// The text report: a summary a person can read, one section per certification with no id in it, then
/// a details part at the end with every id, rule and source. Every word comes from <see cref="ReportWords"/>.
/// </summary>
internal static class TextReport
{
    internal static void Write(TextLayout layout, NodaTime.LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> results, ReportOptions options)
    {
        // Every abbreviation the report uses is spelled out before its first use, on a line after the header.
        var recorded = new RecordingLayout();
        WriteBody(recorded, asOf, transcript, results, options);
        string? abbreviations = ReportWords.For(options.Culture).Explain.Abbreviations(recorded.Texts);
        recorded.WriteTo(layout, abbreviations is null ? null : Safe(abbreviations));
    }

    private static void WriteBody(TextLayout layout, NodaTime.LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> results, ReportOptions options)
    {
        var words = ReportWords.For(options.Culture, results);
        var findings = options.Findings;

        Line(layout, words.TextHeader(options.DocumentName, asOf), TextEmphasis.Strong);
        foreach (var finding in findings)
        {
            var emphasis = finding.Severity switch
            {
                FindingSeverity.Error => TextEmphasis.Error,
                FindingSeverity.Warning => TextEmphasis.Warning,
                _ => TextEmphasis.None,
            };
            Line(layout, words.FindingLine(finding), emphasis);
        }

        var leftOut = Json.Completeness.LeftOut(findings);
        if (!leftOut.IsEmpty)
        {
            Line(layout, words.Incomplete(leftOut));
        }

        var ordered = EvaluationOrder.ByUrgency(results);
        if (ordered.Length > 1)
        {
            layout.Line(string.Empty, TextEmphasis.None);
            Line(layout, words.SummaryHeading, TextEmphasis.Strong);
            foreach (var result in ordered)
            {
                Line(layout, "- " + words.SummaryLine(result));
            }
        }

        foreach (var result in ordered)
        {
            var rows = ActivityRow.For(result, transcript, TimelineRange.For(result), words);
            layout.Heading(Safe(words.TextCertificationHeading(result)));
            Line(layout, words.StatusLine(result), TextEmphasis.Strong);
            if (Json.Completeness.CouldChange(result.Status, leftOut))
            {
                Line(layout, words.CouldChange(leftOut));
            }
            Line(layout, words.Explanation(result));
            Line(layout, words.NextStepLine(result), TextEmphasis.Strong);
            if (words.PlanItems(result).Count > 0)
            {
                Line(layout, words.PlanLine(result));
            }
            foreach (var route in result.Routes)
            {
                Line(layout, "- " + words.RouteLine(route, result));
            }
            Line(layout, words.WindowLine(result.Window));

            var deadlines = ReportWords.DeadlinesByRoute(result);
            if (deadlines.Count > 0)
            {
                var dateColumns = words.DateColumns;
                Table(layout, [dateColumns.What, dateColumns.Date, dateColumns.FromAsOf],
                    deadlines.Select(deadline => Row(words.Deadline(deadline.Kind), words.Date(deadline.Date), words.Until(result.AsOf, deadline.Date))));
            }
            else
            {
                Line(layout, words.NoDateAhead);
            }

            var requirementColumns = words.RequirementColumns;
            Table(layout, [requirementColumns.Requirement, requirementColumns.Counted, requirementColumns.Result],
                result.Requirements.Select(requirement => Row(
                    words.RequirementWithBound(requirement, result),
                    words.RequirementCounted(requirement, result),
                    words.RequirementResult(requirement, result))));

            if (rows.Any(row => !row.Decision.NotCounted.IsEmpty))
            {
                Line(layout, words.NotCountedHeading);
                var columns = words.NotCountedColumns;
                Table(layout, [columns.Activity, columns.Amount, columns.Reason, columns.Why],
                    rows.SelectMany(row => row.Decision.NotCounted.Select(part =>
                        Row(words.DetailsActivity(row), words.Amount(result.Policy, part.Amount), words.ReasonLabel(part), words.Reason(part)))));
            }

            foreach (var fee in result.Fees)
            {
                Line(layout, words.FeeLine(fee, result));
            }
            foreach (var note in result.Notes)
            {
                Line(layout, words.NoteLine(note));
            }
        }

        if (options.Recommendation is { } recommendation)
        {
            RecommendationSection.WriteText(layout, recommendation, words);
        }

        if (options.IncludeDetails && (results.Count > 0 || findings.Count > 0))
        {
            WriteDetails(layout, ordered, transcript, findings, words);
            if (options.Recommendation is { } recommended)
            {
                foreach (var line in RecommendationSection.DetailLines(recommended, words))
                {
                    Line(layout, line);
                }
            }
        }
    }

    /// <summary>
    /// The details part: every certification's ids, rules and sources. Its activity rows are made again
    /// rather than kept from the sections above, so that the report holds one certification's rows at a time.
    /// </summary>
    private static void WriteDetails(TextLayout layout, IReadOnlyList<CertificationEvaluation> results, Transcript transcript,
        IReadOnlyList<Finding> findings, ReportWords words)
    {
        layout.Heading(Safe(words.DetailsHeading));
        foreach (var finding in findings)
        {
            Line(layout, finding.ToString());
        }
        var columns = words.DetailsColumns;
        foreach (var result in results)
        {
            Line(layout, words.DetailsCertification(result));
            var rows = ActivityRow.For(result, transcript, TimelineRange.For(result), words);
            var sources = new Details.SourceList();
            Table(layout, [columns.What, columns.Id, columns.Rule],
                Details.Entries(result, rows, words).Select(entry => Row(entry.What, entry.Id, sources.Note(entry).RuleId)));
            Line(layout, words.SourcesHeading + ":");
            foreach (var (ruleId, source) in sources)
            {
                Line(layout, "  " + words.DetailsSource(ruleId, source));
            }
        }
    }

    /// <summary>Writes a line of text that may hold what came from a document.</summary>
    internal static void Line(TextLayout layout, string text, TextEmphasis emphasis = TextEmphasis.None) => layout.Line(Safe(text), emphasis);

    /// <summary>Writes a table whose headings and cells may hold what came from a document.</summary>
    internal static void Table(TextLayout layout, string[] columns, IEnumerable<string[]> rows) =>
        layout.Table(Array.ConvertAll(columns, Safe), rows.Select(row => (IReadOnlyList<string>)Array.ConvertAll(row, Safe)));

    internal static string[] Row(params string[] cells) => cells;

    /// <summary>Text for a layout: no control character or bidirectional override from a document reaches the reader's terminal (<see cref="PlainText"/>).</summary>
    internal static string Safe(string text) => PlainText.Escape(text);
}
