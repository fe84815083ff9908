using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Benchmarks.Baselines;

/// <summary>
/// A naive LINQ baseline for the CMA (AAMA) status and shortfalls, over the model objects with
/// <see cref="decimal"/> points: what a developer would write in an afternoon, neither tuned nor
/// deliberately slow. It knows the same rules as <see cref="HandWrittenCma"/>, and no more.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class LinqCma
{
    private static readonly Category[] Categories = [Category.General, Category.Clinical, Category.Administrative];

    /// <summary>The status and shortfalls of a CMA (AAMA) certification as of a date.</summary>
    /// <param name="certification">The certification.</param>
    /// <param name="transcript">The transcript.</param>
    /// <param name="asOf">The as-of date: activities completed later do not count.</param>
    /// <returns>The status and shortfalls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certification"/> or <paramref name="transcript"/> is null.</exception>
    public static CmaBaselineResult Evaluate(Certification certification, Transcript transcript, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(certification);
        ArgumentNullException.ThrowIfNull(transcript);
        var certifiedOn = certification.CertifiedOn;
        var expiration = certifiedOn.With(DateAdjusters.StartOfMonth).PlusMonths(60).With(DateAdjusters.EndOfMonth);
        var lastCeDay = expiration.PlusDays(90);

        var inWindow = transcript.Activities
            .Where(a => a.CompletedOn >= certifiedOn && a.CompletedOn <= expiration && a.CompletedOn <= asOf)
            .ToList();

        int cards = inWindow
            .Where(a => a.Kind == LearningActivityKind.CprCard && a.ValidMonths == 24)
            .OrderBy(a => a.CompletedOn)
            .Take(3)
            .Count();

        var lines = inWindow
            .Where(a => a.Kind != LearningActivityKind.CprCard)
            .SelectMany(a => a.Credits)
            .Where(l => l.Unit == CreditUnit.AamaPoint && l.Category.HasValue)
            .ToList();

        var approved = lines
            .Where(l => l.IsApprovedBy("aama"))
            .GroupBy(l => l.Category!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount.Value));
        approved[Category.Clinical] = approved.GetValueOrDefault(Category.Clinical) + cards * 4m;

        var notApproved = lines
            .Where(l => !l.IsApprovedBy("aama"))
            .GroupBy(l => l.Category!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Amount.Value));

        // At most 30 non-approved points: first where a category is short of its 10, then anywhere.
        var counted = Categories.ToDictionary(c => c, c => approved.GetValueOrDefault(c));
        var left = Categories.ToDictionary(c => c, c => notApproved.GetValueOrDefault(c));
        decimal budget = 30m;
        foreach (var category in Categories.Where(c => counted[c] < 10m).ToList())
        {
            decimal take = new[] { 10m - counted[category], budget, left[category] }.Min();
            counted[category] += take;
            left[category] -= take;
            budget -= take;
        }
        foreach (var category in Categories)
        {
            decimal take = Math.Min(budget, left[category]);
            counted[category] += take;
            budget -= take;
        }

        var shortfalls = new Dictionary<string, decimal>
        {
            ["total"] = Math.Max(0m, 60m - counted.Values.Sum()),
            ["approved"] = Math.Max(0m, 30m - approved.Values.Sum()),
        };
        foreach (var category in Categories)
        {
            shortfalls[category.Id] = Math.Max(0m, 10m - counted[category]);
        }

        bool met = shortfalls.Values.All(s => s == 0m);
        var status = asOf > lastCeDay ? CertificationStatus.LapsedExamRequired
            : met ? CertificationStatus.RequirementsMet
            : asOf <= expiration ? CertificationStatus.InProgress
            : CertificationStatus.WithinCeTimeLimit;
        return new CmaBaselineResult(status, shortfalls["total"], shortfalls["approved"],
            shortfalls[Category.General.Id], shortfalls[Category.Clinical.Id], shortfalls[Category.Administrative.Id]);
    }
}
