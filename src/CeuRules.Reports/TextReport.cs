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

        console.MarkupLine($"[bold]{Safe(words.TextHeader(options.DocumentName, asOf))}[/]");
        foreach (var finding in findings)
        {
            string label = Safe(words.Severity(finding.Severity));
            label = finding.Severity switch
            {
                FindingSeverity.Error => $"[red]{label}[/]",
                FindingSeverity.Warning => $"[yellow]{label}[/]",
                _ => label,
            };
            console.MarkupLine($"{label}: {Safe(words.Finding(finding))} [dim]({Safe(ReportWords.FindingDetails(finding))})[/]");
        }

        var leftOut = Json.Completeness.LeftOut(findings);
        if (!leftOut.IsEmpty)
        {
            console.MarkupLine(Safe(words.Incomplete(leftOut)));
        }

        var ordered = EvaluationOrder.ByUrgency(results);
        if (ordered.Length > 1)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Safe(words.SummaryHeading)}[/]");
            foreach (var result in ordered)
            {
                console.MarkupLine(Safe("- " + words.SummaryLine(result)));
            }
        }

        var allRows = new List<IReadOnlyList<ActivityRow>>();
        foreach (var result in ordered)
        {
            var rows = ActivityRow.For(result, transcript, TimelineRange.For(result), words);
            allRows.Add(rows);
            console.WriteLine();
            console.Write(new Rule($"[bold]{Safe(words.TextCertificationHeading(result))}[/]") { Justification = Justify.Left });
            console.MarkupLine($"[bold]{Safe(words.StatusLine(result))}[/]");
            if (Json.Completeness.CouldChange(result.Status, leftOut))
            {
                console.MarkupLine(Safe(words.CouldChange(leftOut)));
            }
            console.MarkupLine(Safe(words.Explanation(result)));
            console.MarkupLine($"[bold]{Safe(words.NextStepLine(result))}[/]");
            if (words.PlanItems(result).Count > 0)
            {
                console.MarkupLine(Safe(words.PlanLine(result)));
            }
            foreach (var route in result.Routes)
            {
                console.MarkupLine(Safe("- " + words.RouteLine(route, result)));
            }
            console.MarkupLine(Safe(words.WindowLine(result.Window)));

            var dateColumns = words.DateColumns;
            var dates = new Table().Border(border).AddColumns(Safe(dateColumns.What), Safe(dateColumns.Date), Safe(dateColumns.FromAsOf));
            var deadlines = ReportWords.DeadlinesByRoute(result);
            foreach (var deadline in deadlines)
            {
                dates.AddRow(Safe(words.Deadline(deadline.Kind)), Safe(words.Date(deadline.Date)),
                    Safe(words.Until(result.AsOf, deadline.Date)));
            }
            if (deadlines.Count > 0)
            {
                console.Write(dates);
            }
            else
            {
                console.MarkupLine(Safe(words.NoDateAhead));
            }

            var requirementColumns = words.RequirementColumns;
            var requirements = new Table().Border(border).AddColumns(Safe(requirementColumns.Requirement), Safe(requirementColumns.Counted), Safe(requirementColumns.Result));
            foreach (var requirement in result.Requirements)
            {
                requirements.AddRow(
                    Safe(words.RequirementWithBound(requirement, result)),
                    Safe(words.RequirementCounted(requirement, result)),
                    Safe(words.RequirementResult(requirement, result)));
            }
            console.Write(requirements);

            var refused = rows.SelectMany(row => row.Decision.NotCounted.Select(part => (Row: row, Part: part))).ToList();
            if (refused.Count > 0)
            {
                console.MarkupLine(Safe(words.NotCountedHeading));
                var columns = words.NotCountedColumns;
                var table = new Table().Border(border).AddColumns(Safe(columns.Activity), Safe(columns.Amount), Safe(columns.Reason), Safe(columns.Why));
                foreach (var (row, part) in refused)
                {
                    table.AddRow(Safe(words.DetailsActivity(row)), Safe(words.Amount(result.Policy, part.Amount)), Safe(words.ReasonLabel(part)),
                        Safe(words.Reason(part)));
                }
                console.Write(table);
            }

            foreach (var fee in result.Fees)
            {
                console.MarkupLine(Safe(words.FeeLine(fee, result)));
            }
            foreach (var note in result.Notes)
            {
                console.MarkupLine(Safe(words.NoteLine(note)));
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
                    console.MarkupLine(Safe(line));
                }
            }
        }
    }

    private static void WriteDetails(IAnsiConsole console, TableBorder border, IReadOnlyList<CertificationEvaluation> results, List<IReadOnlyList<ActivityRow>> allRows,
        IReadOnlyList<Finding> findings, ReportWords words)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]{Safe(words.DetailsHeading)}[/]") { Justification = Justify.Left });
        foreach (var finding in findings)
        {
            console.MarkupLine(Safe(finding.ToString()));
        }
        var columns = words.DetailsColumns;
        for (int i = 0; i < results.Count; i++)
        {
            console.MarkupLine(Safe(words.DetailsCertification(results[i])));
            var entries = Details.Entries(results[i], allRows[i], words).ToList();
            var table = new Table().Border(border).AddColumns(Safe(columns.What), Safe(columns.Id), Safe(columns.Rule));
            foreach (var entry in entries)
            {
                table.AddRow(Safe(entry.What), Safe(entry.Id), Safe(entry.RuleId));
            }
            console.Write(table);
            console.MarkupLine(Safe(words.SourcesHeading + ":"));
            foreach (var (ruleId, source) in Details.Sources(entries))
            {
                console.MarkupLine(Safe("  " + words.DetailsSource(ruleId, source)));
            }
        }
    }

    /// <summary>Text for the console: no control character or bidirectional override from a document reaches the reader's terminal (<see cref="PlainText"/>), and no markup.</summary>
    internal static string Safe(string text) => Markup.Escape(PlainText.Escape(text));

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
