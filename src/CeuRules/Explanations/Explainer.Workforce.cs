using System;
using System.Collections.Generic;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>
/// The words of a workforce's summary as the command line prints it after a batch, and of a conformance run:
/// counts with their plural forms, the lists a summary shortens, and the labels of a run's progress.
/// </summary>
public sealed partial class Explainer
{
    /// <summary>
    /// A workforce summary's first line: "workforce.jsonl: 12 lines read, 10 people evaluated (14 certifications),
    /// 2 lines not evaluated, 1 certification without a policy; as of November 23, 2025."
    /// </summary>
    /// <param name="fileName">The input's name, as the reader should see it.</param>
    /// <param name="lines">The lines (or rows) read.</param>
    /// <param name="people">The people evaluated.</param>
    /// <param name="certifications">Their certifications evaluated.</param>
    /// <param name="notEvaluated">The lines (or rows) that could not be evaluated.</param>
    /// <param name="withoutPolicy">The certifications whose credential has no policy.</param>
    /// <param name="asOf">The date the workforce was evaluated as of.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fileName"/> is null.</exception>
    public string WorkforceCounts(string fileName, long lines, long people, long certifications, long notEvaluated, long withoutPolicy, LocalDate asOf)
    {
        Preconditions.CheckNotNull(fileName);
        return Format("Workforce.Counts", fileName, CountOf("Workforce.Lines", lines), Tally(people, certifications, notEvaluated, withoutPolicy), Date(asOf));
    }

    /// <summary>
    /// What a workforce's evaluation counted, as a sentence: "10 people evaluated (14 certifications), 2 lines not
    /// evaluated, 1 certification without a policy." (the counts of <see cref="WorkforceCounts"/> without the file and date).
    /// </summary>
    /// <param name="people">The people evaluated.</param>
    /// <param name="certifications">Their certifications evaluated.</param>
    /// <param name="notEvaluated">The lines (or rows) that could not be evaluated.</param>
    /// <param name="withoutPolicy">The certifications whose credential has no policy.</param>
    /// <returns>The sentence.</returns>
    public string WorkforceTally(long people, long certifications, long notEvaluated, long withoutPolicy) =>
        Capitalized(Format("Workforce.TallySentence", Tally(people, certifications, notEvaluated, withoutPolicy)));

    private string Tally(long people, long certifications, long notEvaluated, long withoutPolicy) =>
        Format("Workforce.Tally", CountOf("Workforce.People", people), CountOf("Workforce.Certifications", certifications),
            CountOf("Workforce.NotEvaluated", notEvaluated), CountOf("Workforce.WithoutPolicy", withoutPolicy));

    /// <summary>How many certifications reach a deadline soon: "Due within 60 days: 3 certifications."</summary>
    /// <param name="withinDays">The forecast's horizon in days.</param>
    /// <param name="count">The certifications due within it.</param>
    /// <returns>The line.</returns>
    public string DueSoonCount(int withinDays, long count) => Format("Workforce.DueSoon", DueWithin(withinDays), CountOf("Workforce.Certifications", count));

    /// <summary>
    /// What a shortened list of certifications due soon leaves out: "… and 12 more in report.xlsx." when a report
    /// lists them all, else "… and 12 more; a report (--out report.xlsx) lists them all."
    /// </summary>
    /// <param name="more">How many are not shown.</param>
    /// <param name="reportFileName">The report's file name, or null when none is written.</param>
    /// <returns>The line.</returns>
    public string MoreDueSoon(long more, string? reportFileName) =>
        reportFileName is null ? Format("Workforce.More", Whole(more)) : Format("Workforce.MoreIn", Whole(more), reportFileName);

    /// <summary>
    /// The certifications with no route left to recertify, by person and credential, the first few named:
    /// "No route left to recertify: 2 certifications (E-104 aama-cma, E-221 nha-ccma)."; "… and 3 more" when
    /// <paramref name="count"/> is more than those named.
    /// </summary>
    /// <param name="count">How many certifications have no route left.</param>
    /// <param name="named">The first of them, each as "person credential".</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="named"/> is null.</exception>
    public string NoRouteLeft(long count, IReadOnlyList<string> named)
    {
        Preconditions.CheckNotNull(named);
        string list = string.Join(Get("List.Separator"), named);
        if (count > named.Count)
        {
            list = Format("Workforce.AndMore", list, Whole(count - named.Count));
        }
        return Format("Workforce.NoRoute", CountOf("Workforce.Certifications", count), list);
    }

    /// <summary>The label of a batch's progress bar while it evaluates: "Evaluating", "Evaluando".</summary>
    public string Evaluating => Get("Workforce.Evaluating");

    /// <summary>A conformance case's outcome, as the run lists it first on the case's line: "pass" or "FAIL".</summary>
    /// <param name="conforms">Whether the case's result is what it expects.</param>
    /// <returns>The word.</returns>
    public string ConformanceOutcome(bool conforms) => Get(conforms ? "Conformance.Pass" : "Conformance.Fail");

    /// <summary>A conformance run's last line: "41 of 42 cases conform."</summary>
    /// <param name="conforming">The cases whose results are what they expect.</param>
    /// <param name="cases">The cases run.</param>
    /// <returns>The line.</returns>
    public string ConformanceSummary(int conforming, int cases) => Plural("Conformance.Summary", cases == 1, Whole(conforming), Whole(cases));

    /// <summary>
    /// How a conformance case's result differs from what it expects, at a JSON path: "nextStep.by: expected
    /// "2026-02-28", the result has "2026-03-01"", or "… the result has no such value" when it has none.
    /// </summary>
    /// <param name="path">The path in the result.</param>
    /// <param name="expected">The expected JSON value, as written.</param>
    /// <param name="actual">The result's JSON value, as written, or null when the result has none there.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="expected"/> is null.</exception>
    public string ConformanceDifference(string path, string expected, string? actual)
    {
        Preconditions.CheckNotNull(path);
        Preconditions.CheckNotNull(expected);
        return actual is null ? Format("Conformance.Missing", path, expected) : Format("Conformance.Differs", path, expected, actual);
    }

    private string CountOf(string key, long count) => Plural(key, count == 1, Whole(count));

    private string Whole(long count) => count.ToString("N0", Culture);
}
