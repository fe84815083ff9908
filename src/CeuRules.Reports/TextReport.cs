using System.Collections.Generic;
using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using NodaTime;
using Spectre.Console;

namespace CeuRules.Reports;

/// <summary>The <c>text</c> format: a summary a person can read, one section per certification.</summary>
internal static class TextReport
{
    internal static void Write(TextWriter writer, string fileName, LocalDate asOf, IReadOnlyList<CertificationEvaluation> results, IReadOnlyList<Finding> findings, bool interactive)
    {
        var (console, border) = Terminal.For(writer, interactive);

        console.MarkupLine($"[bold]{Markup.Escape(fileName)}[/] evaluated as of [bold]{Iso(asOf)}[/]");
        foreach (var finding in findings)
        {
            string label = finding.Severity switch
            {
                FindingSeverity.Error => "[red]Error[/]",
                FindingSeverity.Warning => "[yellow]Warning[/]",
                _ => "Info",
            };
            console.MarkupLine($"{label}: {Markup.Escape(finding.ToString())}");
        }

        var leftOut = CeuRules.Json.Completeness.LeftOut(findings);
        if (!leftOut.IsEmpty)
        {
            console.MarkupLine(Markup.Escape($"Incomplete: {leftOut.Length} part(s) of the document were left out ({string.Join(", ", leftOut.Select(f => f.Path))}); the results below were computed without them."));
        }

        foreach (var result in results)
        {
            console.WriteLine();
            console.Write(new Rule($"[bold]{Markup.Escape(result.Credential.ToString())}[/] certified {Iso(result.Certification.CertifiedOn)}") { Justification = Justify.Left });
            console.MarkupLine($"Status: [bold]{ReportWords.Status(result.Status)}[/] ({result.Status.ToId()})");
            if (CeuRules.Json.Completeness.CouldChange(result.Status, leftOut))
            {
                console.MarkupLine(Markup.Escape(CeuRules.Json.Completeness.Qualification(leftOut)));
            }
            console.MarkupLine(Markup.Escape(result.StatusExplanation));
            console.MarkupLine($"Policy: {Markup.Escape(result.Policy.PolicyId)}; window {Iso(result.Window.Start)} to {Iso(result.Window.End)}");

            var dates = new Table().Border(border).AddColumns("Date", "Day", "Days from as-of", "Rule");
            foreach (var deadline in result.Deadlines)
            {
                dates.AddRow(Markup.Escape(ReportWords.Deadline(deadline.Kind)), Iso(deadline.Date), ReportWords.Days(deadline.DaysFromAsOf), Markup.Escape(deadline.Rule.RuleId));
            }
            console.Write(dates);

            var requirements = new Table().Border(border).AddColumns("Requirement", "Required", "Counted", "Shortfall", "Rule");
            foreach (var requirement in result.Requirements)
            {
                requirements.AddRow(
                    Markup.Escape(requirement.RequirementId),
                    requirement.IsCap ? $"at most {requirement.Required}" : requirement.Required.ToString(),
                    requirement.Counted.ToString(),
                    requirement.IsCap ? (requirement.Excluded.IsZero ? "-" : $"{requirement.Excluded} over cap") : (requirement.IsMet ? "met" : requirement.Shortfall.ToString()),
                    Markup.Escape(requirement.Rule.RuleId));
            }
            console.Write(requirements);

            var refused = result.Activities.SelectMany(a => a.NotCounted.Select(n => (a.ActivityId, n))).ToList();
            if (refused.Count > 0)
            {
                console.MarkupLine("Not counted:");
                var table = new Table().Border(border).AddColumns("Activity", "Amount", "Reason", "Why", "Rule");
                foreach (var (id, part) in refused)
                {
                    table.AddRow(Markup.Escape(id), part.Amount.ToString(), part.Reason.ToId(), Markup.Escape(part.Message), Markup.Escape(part.RuleId));
                }
                console.Write(table);
            }

            var plan = result.Plan;
            if (!plan.IsEmpty)
            {
                string categories = plan.ByCategory.IsEmpty ? string.Empty : " including " + string.Join(", ", plan.ByCategory.Select(n => $"{n.Amount} {n.Category}"));
                console.MarkupLine(Markup.Escape(
                    $"Plan: earn {result.Policy.Units.Describe(plan.Total)} more{categories}{(plan.Approved.IsZero ? string.Empty : $"; at least {plan.Approved} approved by the {result.Credential.Body.Acronym}")}; completed by {Iso(plan.CompleteBy)}."));
            }
            foreach (var fee in result.Fees)
            {
                console.MarkupLine(Markup.Escape($"Fee: {ReportWords.Fee(fee.Kind)} {fee.Amount} ({(result.Certification.IsMember ? "member" : "non-member")}; {fee.Rule.Source})"));
            }
            if (result.Exam is { } exam)
            {
                console.MarkupLine(Markup.Escape($"Exam route: {exam.FailedAttempts} of {exam.MaxAttempts} attempts failed, {exam.AttemptsLeft} left."));
            }
            foreach (var note in result.Notes)
            {
                console.MarkupLine(Markup.Escape($"Note: {note}"));
            }
        }
    }

    private static string Iso(LocalDate date) => Terminal.Iso(date);
}
