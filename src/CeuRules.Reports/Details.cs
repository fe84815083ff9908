using System.Collections.Generic;
using CeuRules.Evaluation;
using CeuRules.Policies;

namespace CeuRules.Reports;

/// <summary>One line of a report's details part: what it is about in words, its id, the rule applied and that rule's source.</summary>
internal sealed record DetailEntry(string What, string Id, string RuleId, RuleSource? Source);

/// <summary>The details part of a certification: every id the plain part leaves out, with the rules and their sources.</summary>
internal static class Details
{
    /// <summary>
    /// The rules that entries name, each once, in order of first mention, with its source: gathered while the
    /// entries are written (<see cref="Note"/>), so that the entries need not be kept to list the sources after them.
    /// </summary>
    internal sealed class SourceList : IEnumerable<(string RuleId, RuleSource Source)>
    {
        private readonly HashSet<string> seen = new(System.StringComparer.Ordinal);
        private readonly List<(string RuleId, RuleSource Source)> sources = [];

        /// <summary>Notes the entry's rule and source, if it has them and the rule is new.</summary>
        /// <returns>The entry.</returns>
        internal DetailEntry Note(DetailEntry entry)
        {
            if (entry.Source is { } source && entry.RuleId.Length > 0 && seen.Add(entry.RuleId))
            {
                sources.Add((entry.RuleId, source));
            }
            return entry;
        }

        public IEnumerator<(string RuleId, RuleSource Source)> GetEnumerator() => sources.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The next step, the routes, every deadline (those that no longer apply too), requirements, activities (and what did not count), exam route, fees and notes, in that order.</summary>
    internal static IEnumerable<DetailEntry> Entries(CertificationEvaluation result, IReadOnlyList<ActivityRow> rows, ReportWords words)
    {
        var step = result.NextStep;
        yield return new(words.NextStepsHeading, $"{step.Action.ToId()} ({step.Code})", step.Rule.RuleId, step.Rule.Source);
        foreach (var route in result.Routes)
        {
            yield return new(words.RouteLine(route, result), $"{route.Route.ToId()} ({route.Code})", route.Rule.RuleId, route.Rule.Source);
        }
        foreach (var deadline in result.Deadlines)
        {
            yield return new(words.DetailsDeadline(deadline), deadline.Kind.ToId(), deadline.Rule.RuleId, deadline.Rule.Source);
        }
        foreach (var requirement in result.Requirements)
        {
            yield return new(words.Requirement(requirement, result), requirement.RequirementId, requirement.Rule.RuleId, requirement.Rule.Source);
        }
        foreach (var row in rows)
        {
            yield return new(words.DetailsActivity(row), row.Decision.ActivityId, string.Empty, null);
            foreach (var refused in row.Decision.NotCounted)
            {
                yield return new(words.DetailsPart(row, words.ReasonLabel(refused)), $"{refused.Reason.ToId()} ({refused.Code})", refused.RuleId, refused.Source);
            }
            foreach (var note in row.Decision.Notes)
            {
                yield return new(words.DetailsPart(row, words.NoteLabel(note)), note.Code, note.RuleId, note.Source);
            }
        }
        if (result.Exam is { } exam)
        {
            yield return new(words.ExamRoute(exam), "exam", exam.Rule.RuleId, exam.Rule.Source);
        }
        foreach (var fee in result.Fees)
        {
            yield return new(words.DetailsFee(fee), fee.Kind.ToId(), fee.Rule.RuleId, fee.Rule.Source);
        }
        foreach (var note in result.Notes)
        {
            yield return new(words.Note(note), note.Code, string.Empty, null);
        }
    }
}
