using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Benchmarks.Baselines;

/// <summary>
/// A hand-written baseline for the CMA (AAMA) status and shortfalls: one loop over a struct array
/// prepared once from a transcript, <see cref="decimal"/> points, no allocation per call. It knows
/// only the rules the generated inputs exercise (<see cref="CmaInputs"/>): the window, the 60-point
/// total, the three 10-point category minimums, the 30 approved points, the 30-point cap on
/// non-approved points, and CPR cards. It does not apply the non-approved duration rule, duplicates,
/// self-study, or the CE time limit before 2020, so it is right only for cycles expiring from
/// 2020-01-01 and for transcripts like the generated ones.
/// </summary>
/// <remarks>An instance is immutable after construction and safe to share across threads.</remarks>
public sealed class HandWrittenCma
{
    private const int General = 0;
    private const int Clinical = 1;
    private const int Administrative = 2;
    private const decimal TotalMinimum = 60m;
    private const decimal CategoryMinimum = 10m;
    private const decimal ApprovedMinimum = 30m;
    private const decimal NonApprovedCap = 30m;
    private const decimal CprPoints = 4m;
    private const int CprValidMonths = 24;
    private const int MaxCprCards = 3;
    private const int CeDaysAfterExpiration = 90;

    private readonly Entry[] entries;

    /// <summary>Prepares the transcript: one entry per CPR card and per AAMA-point credit line with a category, by completion date.</summary>
    /// <param name="transcript">The transcript.</param>
    /// <exception cref="ArgumentNullException"><paramref name="transcript"/> is null.</exception>
    public HandWrittenCma(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var list = new List<Entry>(transcript.Activities.Length);
        foreach (var activity in transcript.Activities)
        {
            if (activity.Kind == LearningActivityKind.CprCard)
            {
                list.Add(new Entry(activity.CompletedOn, CprPoints, Clinical, approved: true, cprCard: true, validCard: activity.ValidMonths == CprValidMonths));
                continue;
            }
            foreach (var line in activity.Credits)
            {
                if (line.Unit == CreditUnit.AamaPoint && line.Category is { } category)
                {
                    list.Add(new Entry(activity.CompletedOn, line.Amount.Value, IndexOf(category), line.IsApprovedBy("aama"), cprCard: false, validCard: false));
                }
            }
        }
        // By date, so that the first cards met in the loop are the earliest (OrderBy is stable: ties keep transcript order).
        entries = list.OrderBy(entry => entry.CompletedOn).ToArray();
    }

    /// <summary>The status and shortfalls of a CMA (AAMA) certification of <paramref name="certifiedOn"/>, as of <paramref name="asOf"/>.</summary>
    /// <param name="certifiedOn">The certification date.</param>
    /// <param name="asOf">The as-of date: activities completed later do not count.</param>
    /// <returns>The status and shortfalls.</returns>
    public CmaBaselineResult Evaluate(LocalDate certifiedOn, LocalDate asOf)
    {
        // Last day of the month of certification, plus 60 months: the first of that month plus 61 months, minus a day.
        var expiration = new LocalDate(certifiedOn.Year, certifiedOn.Month, 1).PlusMonths(61).PlusDays(-1);
        var lastCeDay = expiration.PlusDays(CeDaysAfterExpiration);
        var lastCounted = asOf < expiration ? asOf : expiration;

        Span<decimal> approved = stackalloc decimal[3];
        Span<decimal> other = stackalloc decimal[3];
        int cards = 0;
        foreach (ref readonly var entry in entries.AsSpan())
        {
            if (entry.CompletedOn < certifiedOn || entry.CompletedOn > lastCounted)
            {
                continue;
            }
            if (entry.CprCard)
            {
                if (!entry.ValidCard || cards == MaxCprCards)
                {
                    continue;
                }
                cards++;
            }
            if (entry.Approved)
            {
                approved[entry.Category] += entry.Points;
            }
            else
            {
                other[entry.Category] += entry.Points;
            }
        }

        // The non-approved cap: its budget goes first to the categories still short, in the policy's order, then to the rest.
        Span<decimal> counted = stackalloc decimal[3];
        decimal budget = NonApprovedCap;
        ReadOnlySpan<int> policyOrder = [General, Clinical, Administrative];
        foreach (int c in policyOrder)
        {
            counted[c] = approved[c];
            decimal need = CategoryMinimum - counted[c];
            if (need > 0m)
            {
                decimal take = Math.Min(Math.Min(need, budget), other[c]);
                counted[c] += take;
                other[c] -= take;
                budget -= take;
            }
        }
        foreach (int c in policyOrder)
        {
            decimal take = Math.Min(budget, other[c]);
            counted[c] += take;
            budget -= take;
        }

        decimal total = counted[General] + counted[Clinical] + counted[Administrative];
        decimal approvedTotal = approved[General] + approved[Clinical] + approved[Administrative];
        var result = new CmaBaselineResult(
            CertificationStatus.InProgress,
            Shortfall(TotalMinimum, total),
            Shortfall(ApprovedMinimum, approvedTotal),
            Shortfall(CategoryMinimum, counted[General]),
            Shortfall(CategoryMinimum, counted[Clinical]),
            Shortfall(CategoryMinimum, counted[Administrative]));
        bool met = result.Total == 0m && result.Approved == 0m && result.General == 0m && result.Clinical == 0m && result.Administrative == 0m;
        var status = asOf > lastCeDay ? CertificationStatus.LapsedExamRequired
            : met ? CertificationStatus.RequirementsMet
            : asOf <= expiration ? CertificationStatus.InProgress
            : CertificationStatus.WithinCeTimeLimit;
        return result with { Status = status };
    }

    private static decimal Shortfall(decimal minimum, decimal counted) => counted < minimum ? minimum - counted : 0m;

    private static int IndexOf(Category category) =>
        category == Category.General ? General
        : category == Category.Clinical ? Clinical
        : category == Category.Administrative ? Administrative
        : throw new ArgumentException($"The CMA (AAMA) has no category '{category}'.", nameof(category));

    /// <summary>One CPR card or one credit line, prepared.</summary>
    private readonly struct Entry
    {
        internal Entry(LocalDate completedOn, decimal points, int category, bool approved, bool cprCard, bool validCard)
        {
            CompletedOn = completedOn;
            Points = points;
            Category = category;
            Approved = approved;
            CprCard = cprCard;
            ValidCard = validCard;
        }

        internal LocalDate CompletedOn { get; }

        internal decimal Points { get; }

        internal int Category { get; }

        internal bool Approved { get; }

        internal bool CprCard { get; }

        internal bool ValidCard { get; }
    }
}
