using System.Collections.Generic;
using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using Spectre.Console;

namespace CeuRules.Reports;

/// <summary>
/// The text report: a summary a person can read, one section per certification with no id in it, then
/// a details part at the end with every id, rule and source. Every word comes from <see cref="ReportWords"/>.
/// </summary>
internal static class TextReport
{
    internal static void Write(TextWriter writer, NodaTime.LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> results, ReportOptions options)
    {
        var words = ReportWords.For(options.Culture);
        var findings = options.Findings;
        var (console, border) = Console(writer, options.TerminalStyle);

        console.MarkupLine($"[bold]{Markup.Escape(words.TextHeader(options.DocumentName, asOf))}[/]");
        foreach (var finding in findings)
        {
            string label = Markup.Escape(words.Severity(finding.Severity));
            label = finding.Severity switch
            {
                FindingSeverity.Error => $"[red]{label}[/]",
                FindingSeverity.Warning => $"[yellow]{label}[/]",
                _ => label,
            };
            console.MarkupLine($"{label}: {Markup.Escape(words.Finding(finding))}");
        }

        var leftOut = Json.Completeness.LeftOut(findings);
        if (!leftOut.IsEmpty)
        {
            console.MarkupLine(Markup.Escape(words.Incomplete(leftOut)));
        }

        var ordered = EvaluationOrder.ByUrgency(results);
        if (ordered.Length > 1)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(words.SummaryHeading)}[/]");
            foreach (var result in ordered)
            {
                console.MarkupLine(Markup.Escape("- " + words.SummaryLine(result)));
            }
        }

        var allRows = new List<IReadOnlyList<ActivityRow>>();
        foreach (var result in ordered)
        {
            var rows = ActivityRow.For(result, transcript, TimelineRange.For(result), words);
            allRows.Add(rows);
            console.WriteLine();
            console.Write(new Rule($"[bold]{Markup.Escape(words.TextCertificationHeading(result))}[/]") { Justification = Justify.Left });
            console.MarkupLine($"[bold]{Markup.Escape(words.StatusLine(result))}[/]");
            if (Json.Completeness.CouldChange(result.Status, leftOut))
            {
                console.MarkupLine(Markup.Escape(words.CouldChange(leftOut)));
            }
            console.MarkupLine(Markup.Escape(words.Explanation(result)));
            console.MarkupLine($"[bold]{Markup.Escape(words.NextStepLine(result))}[/]");
            if (words.PlanItems(result).Count > 0)
            {
                console.MarkupLine(Markup.Escape(words.PlanLine(result)));
            }
            foreach (var route in result.Routes)
            {
                console.MarkupLine(Markup.Escape("- " + words.RouteLine(route, result)));
            }
            console.MarkupLine(Markup.Escape(words.WindowLine(result.Window)));

            var dateColumns = words.DateColumns;
            var dates = new Table().Border(border).AddColumns(Markup.Escape(dateColumns.What), Markup.Escape(dateColumns.Date), Markup.Escape(dateColumns.FromAsOf));
            var deadlines = ReportWords.DeadlinesByRoute(result);
            foreach (var deadline in deadlines)
            {
                dates.AddRow(Markup.Escape(words.Deadline(deadline.Kind)), Markup.Escape(words.Date(deadline.Date)),
                    Markup.Escape(words.Until(result.AsOf, deadline.Date)));
            }
            if (deadlines.Count > 0)
            {
                console.Write(dates);
            }
            else
            {
                console.MarkupLine(Markup.Escape(words.NoDateAhead));
            }

            var requirementColumns = words.RequirementColumns;
            var requirements = new Table().Border(border).AddColumns(Markup.Escape(requirementColumns.Requirement), Markup.Escape(requirementColumns.Counted), Markup.Escape(requirementColumns.Result));
            foreach (var requirement in result.Requirements)
            {
                requirements.AddRow(
                    Markup.Escape(words.RequirementWithBound(requirement, result)),
                    Markup.Escape(words.RequirementCounted(requirement, result)),
                    Markup.Escape(words.RequirementResult(requirement, result)));
            }
            console.Write(requirements);

            var refused = rows.SelectMany(row => row.Decision.NotCounted.Select(part => (Row: row, Part: part))).ToList();
            if (refused.Count > 0)
            {
                console.MarkupLine(Markup.Escape(words.NotCountedHeading));
                var columns = words.NotCountedColumns;
                var table = new Table().Border(border).AddColumns(Markup.Escape(columns.Activity), Markup.Escape(columns.Amount), Markup.Escape(columns.Reason), Markup.Escape(columns.Why));
                foreach (var (row, part) in refused)
                {
                    table.AddRow(Markup.Escape(words.DetailsActivity(row)), Markup.Escape(words.Amount(result.Policy, part.Amount)), Markup.Escape(words.ReasonLabel(part)),
                        Markup.Escape(words.Reason(part)));
                }
                console.Write(table);
            }

            foreach (var fee in result.Fees)
            {
                console.MarkupLine(Markup.Escape(words.FeeLine(fee, result)));
            }
            foreach (var note in result.Notes)
            {
                console.MarkupLine(Markup.Escape(words.NoteLine(note)));
            }
        }

        if (options.Recommendation is { } recommendation)
        {
            RecommendationSection.WriteText(console, border, recommendation, words);
        }

        if (options.IncludeDetails && (results.Count > 0 || findings.Count > 0))
        {
            WriteDetails(console, border, ordered, allRows, findings, words);
            if (options.Recommendation is { } recommended)
            {
                foreach (var line in RecommendationSection.DetailLines(recommended, words))
                {
                    console.MarkupLine(Markup.Escape(line));
                }
            }
        }
    }

    private static void WriteDetails(IAnsiConsole console, TableBorder border, IReadOnlyList<CertificationEvaluation> results, List<IReadOnlyList<ActivityRow>> allRows,
        IReadOnlyList<Finding> findings, ReportWords words)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]{Markup.Escape(words.DetailsHeading)}[/]") { Justification = Justify.Left });
        foreach (var finding in findings)
        {
            console.MarkupLine(Markup.Escape(finding.ToString()));
        }
        var columns = words.DetailsColumns;
        for (int i = 0; i < results.Count; i++)
        {
            console.MarkupLine(Markup.Escape(words.DetailsCertification(results[i])));
            var entries = Details.Entries(results[i], allRows[i], words).ToList();
            var table = new Table().Border(border).AddColumns(Markup.Escape(columns.What), Markup.Escape(columns.Id), Markup.Escape(columns.Rule));
            foreach (var entry in entries)
            {
                table.AddRow(Markup.Escape(entry.What), Markup.Escape(entry.Id), Markup.Escape(entry.RuleId));
            }
            console.Write(table);
            console.MarkupLine(Markup.Escape(words.SourcesHeading + ":"));
            foreach (var (ruleId, source) in Details.Sources(entries))
            {
                console.MarkupLine(Markup.Escape("  " + words.DetailsSource(ruleId, source)));
            }
        }
    }

    /// <summary>
    /// A console writing to <paramref name="writer"/>: colours and rounded tables for a terminal; no escapes,
    /// ASCII tables and 120 columns otherwise.
    /// </summary>
    private static (IAnsiConsole Console, TableBorder Border) Console(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = 120;
        }
        return (console, terminal ? TableBorder.Rounded : TableBorder.Ascii);
    }
}
