using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Utility;
using NodaTime;

namespace CeuRules.Explanations;

/// <summary>
/// The sentences around a certification's decisions that every report writes: the status badge, the credit
/// that counts, that no deadline lies ahead, and that parts of the document were left out. The reports
/// hold layout words only (headings, column names, the timeline's key); what they say about the decision
/// comes from here.
/// </summary>
public sealed partial class Explainer
{
    /// <summary>
    /// The status as a badge says it, where the routes say more than the status's name: "Expired, requirements
    /// met" once a met credential's expiration has passed, "Expired, can be reactivated" and "Expired, exam
    /// required" within the CE time limit when the next step is to reactivate or to take the exam; otherwise
    /// <see cref="StatusName(CertificationStatus)"/>.
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The badge's words.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public string StatusBadge(CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        return evaluation.Status switch
        {
            CertificationStatus.RequirementsMet when evaluation.AsOf > evaluation.ExpiresOn => Get("Badge.MetExpired"),
            CertificationStatus.WithinCeTimeLimit when evaluation.NextStep.Action == NextAction.Reactivate => Get("Badge.Reactivation"),
            CertificationStatus.WithinCeTimeLimit when evaluation.NextStep.Action == NextAction.Exam => Get("Badge.ExamNeeded"),
            _ => StatusName(evaluation.Status),
        };
    }

    /// <summary>Which credit counts for the cycle, as a sentence: "Credit completed from 10 February 2021 to 28 February 2026 counts."</summary>
    /// <param name="window">The credit window (<see cref="CertificationEvaluation.Window"/>).</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    public string CreditThatCounts(DateInterval window)
    {
        Preconditions.CheckNotNull(window);
        return Format("Window.Line", DateSpan(window.Start, window.End));
    }

    /// <summary>Two dates as the ends of a span: "1 March 2021 to 28 February 2026", "del 1 de marzo de 2021 al 28 de febrero de 2026".</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The span in words.</returns>
    public string DateSpan(LocalDate from, LocalDate to) => Format("Span", Date(from), Date(to));

    /// <summary>The sentence when no route that can still recertify has a deadline ahead.</summary>
    /// <returns>The sentence.</returns>
    public string NoDeadlineAhead() => Get("Dates.None");

    /// <summary>
    /// That parts of the document were left out and the results were computed without them, naming where
    /// each was in words ("Incomplete: 1 part of the document was left out (activity 2); …").
    /// </summary>
    /// <param name="leftOut">The findings of the parts left out, in order.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="leftOut"/> is null.</exception>
    public string PartsLeftOut(IReadOnlyCollection<Finding> leftOut)
    {
        Preconditions.CheckNotNull(leftOut);
        var places = FindingExplainer.For(Culture);
        return Format(leftOut.Count == 1 ? "Incomplete.One" : "Incomplete.Other",
            leftOut.Count.ToString("0", Culture), string.Join(Get("List.Separator"), leftOut.Select(places.Place)));
    }

    /// <summary>
    /// The sentence that qualifies a status activities left out could change: "Could change: 2 activities were
    /// left out because of errors, and any of them might count once corrected."
    /// </summary>
    /// <param name="activitiesLeftOut">How many activities were left out; at least 1.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activitiesLeftOut"/> is less than 1.</exception>
    public string CouldChange(int activitiesLeftOut)
    {
        Preconditions.CheckArgumentRange(activitiesLeftOut, 1, int.MaxValue);
        return Format(activitiesLeftOut == 1 ? "CouldChange.One" : "CouldChange.Other", activitiesLeftOut.ToString("0", Culture));
    }
}
