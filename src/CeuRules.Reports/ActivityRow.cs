using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Reports;

/// <summary>What became of an activity's credit, as a whole.</summary>
internal enum ActivityOutcome
{
    Counted,
    PartlyCounted,
    NotCounted,
}

/// <summary>Where a date falls against the drawn timeline.</summary>
internal enum TimelinePlace
{
    Inside,
    Before,
    After,
}

/// <summary>The span of dates a certification's timeline draws: from the certification through every date that matters and the as-of date.</summary>
internal sealed record TimelineRange(LocalDate Start, LocalDate End)
{
    internal static TimelineRange For(CertificationEvaluation result)
    {
        var start = Min(result.Certification.CertifiedOn, result.Window.Start);
        var end = Max(Max(result.Window.End, result.ExpiresOn), Max(result.LastCeDay, result.AsOf));
        foreach (var deadline in result.Deadlines)
        {
            start = Min(start, deadline.Date);
            end = Max(end, deadline.Date);
        }
        return end > start ? new TimelineRange(start, end)
            : start < LocalDate.MaxIsoValue ? new TimelineRange(start, start.PlusDays(1))
            : new TimelineRange(start.PlusDays(-1), start);
    }

    /// <summary>The day after <paramref name="date"/>, or the date itself on the last day the calendar holds (31 December 9999).</summary>
    internal static LocalDate NextDay(LocalDate date) => date < LocalDate.MaxIsoValue ? date.PlusDays(1) : date;

    internal TimelinePlace Place(LocalDate date) => date < Start ? TimelinePlace.Before : date > End ? TimelinePlace.After : TimelinePlace.Inside;

    /// <summary>How far along the timeline a date is, from 0 at its start to 1 at its end; dates outside are clamped to the edge.</summary>
    internal double Fraction(LocalDate date) =>
        Math.Clamp(Period.DaysBetween(Start, date) / (double)Period.DaysBetween(Start, End), 0, 1);

    private static LocalDate Min(LocalDate x, LocalDate y) => x <= y ? x : y;

    private static LocalDate Max(LocalDate x, LocalDate y) => x >= y ? x : y;
}

/// <summary>
/// One activity as the reports show it: its number on the timeline and in the list (by completion
/// date), the activity as submitted, the evaluation's decision, where it falls against the timeline, and
/// what counted and why the rest did not, in words (made when first asked for: the text report never asks).
/// </summary>
internal sealed class ActivityRow
{
    private readonly CertificationEvaluation result;
    private readonly ReportWords words;
    private IReadOnlyList<string>? reasons;

    private ActivityRow(int number, ActivityDecision decision, LearningActivity? activity, TimelinePlace place, CertificationEvaluation result, ReportWords words)
    {
        Number = number;
        Decision = decision;
        Activity = activity;
        Place = place;
        this.result = result;
        this.words = words;
        Name = string.IsNullOrWhiteSpace(activity?.Title) ? words.UntitledActivity(number) : activity.Title;
    }

    /// <summary>The activity's number on the timeline and in the list, from 1.</summary>
    internal int Number { get; }

    /// <summary>The evaluation's decision on the activity.</summary>
    internal ActivityDecision Decision { get; }

    /// <summary>The activity as submitted, or null when the transcript does not hold it.</summary>
    internal LearningActivity? Activity { get; }

    /// <summary>Where the activity falls against the timeline.</summary>
    internal TimelinePlace Place { get; }

    /// <summary>The title, or "Activity 3" (in the report's words) when the activity has no title; never the id.</summary>
    internal string Name { get; }

    /// <summary>What counted toward what, why the rest did not, and how the activity was read, in sentences.</summary>
    internal IReadOnlyList<string> Reasons => reasons ??= [.. words.ActivityLines(Decision, result)];

    /// <summary>What counted and why the rest did not, as one paragraph.</summary>
    internal string Why => string.Join(" ", Reasons);

    internal ActivityOutcome Outcome =>
        Decision.CountedTotal.IsZero ? ActivityOutcome.NotCounted
        : Decision.NotCounted.IsEmpty ? ActivityOutcome.Counted
        : ActivityOutcome.PartlyCounted;

    /// <summary>
    /// The rows of one evaluation, ordered by completion date then transcript order and numbered from 1.
    /// Decisions come in transcript order, one per activity, so they pair with the activities by position;
    /// otherwise each is found by its id (the first activity with it), through one index of the transcript.
    /// </summary>
    internal static IReadOnlyList<ActivityRow> For(CertificationEvaluation result, Transcript transcript, TimelineRange range, ReportWords words)
    {
        var activities = transcript.Activities;
        Func<int, ActivityDecision, LearningActivity?> find;
        if (activities.Length == result.Activities.Length)
        {
            find = (i, _) => activities[i];
        }
        else
        {
            var byId = new Dictionary<string, LearningActivity>(activities.Length, StringComparer.Ordinal);
            foreach (var activity in activities)
            {
                byId.TryAdd(activity.Id, activity);
            }
            find = (_, decision) => byId.GetValueOrDefault(decision.ActivityId);
        }
        return result.Activities
            .Select((decision, i) => (Decision: decision, Activity: find(i, decision), Index: i))
            .OrderBy(row => row.Activity?.CompletedOn ?? LocalDate.MaxIsoValue)
            .ThenBy(row => row.Index)
            .Select((row, i) => new ActivityRow(i + 1, row.Decision, row.Activity,
                row.Activity is null ? TimelinePlace.Inside : range.Place(row.Activity.CompletedOn), result, words))
            .ToList();
    }
}
