using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Properties;

/// <summary>
/// The plan against brute force: on small generated transcripts, every completion in a grid of new
/// credit (each category, or none, approved or not) is evaluated, and the least total, least approved
/// part and least credit in each category among the completions that meet the cycle must be exactly
/// what the plan reports. This holds the plan to "the least that any completion needs", figure by
/// figure, for every built-in policy and a custom one, independently of how the kernel computes it.
/// </summary>
public sealed class PlanMinimalityTest
{
    private static readonly CertificationEvaluator Evaluator = new(PolicyCatalog.BuiltIn.With(TestPolicies.Custom));

    public static TheoryData<string, int, int, int> Cases() => new()
    {
        // credential, grid step in units, largest amount per grid cell, generated transcripts
        { "aama-cma", 5, 15, 16 },
        { "amt-rma", 5, 30, 12 },
        { "nha-ccma", 1, 10, 12 },
        { "ncct-ncma", 1, 14, 12 },
        { "example-clinic-ma", 2, 6, 10 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_figure_of_the_plan_is_the_least_any_completion_needs(string credentialId, int step, int most, int transcripts)
    {
        var random = new Random(credentialId.Length * 7919 + step);
        int verified = 0;
        for (int t = 0; t < transcripts; t++)
        {
            var certification = new Certification(Evaluator.Catalog.Credentials.Single(c => c.Id == credentialId), new LocalDate(2024, 1, 10)) { IsMember = true };
            var asOf = new LocalDate(2024, 6, 1);
            var policy = Evaluator.Evaluate(certification, Transcript.Empty, asOf).Policy;
            var existing = Existing(policy, random, step, asOf);
            var result = Evaluator.Evaluate(certification, existing, asOf);
            if (result.Status is not (CertificationStatus.InProgress or CertificationStatus.RequirementsMet))
            {
                continue;
            }
            var best = Search(certification, existing, asOf, policy, step, most);
            if (best is null)
            {
                continue; // the grid is too small to meet this cycle; the next transcript is checked instead
            }
            Assert.Equal(best.Value.Total, result.Plan.Total);
            Assert.Equal(best.Value.Approved, result.Plan.Approved);
            foreach (var category in policy.Categories?.Categories ?? [])
            {
                if (policy.Requirements.OfType<CategoryMinimum>().All(m => m.Category != category))
                {
                    continue;
                }
                var need = result.Plan.ByCategory.SingleOrDefault(n => n.Category == category)?.Amount ?? CreditAmount.Zero;
                Assert.Equal(best.Value.ByCategory[category], need);
            }
            verified++;
        }
        Assert.True(verified >= transcripts / 3, $"only {verified} of {transcripts} generated transcripts could be checked against the grid");
    }

    private static Transcript Existing(CredentialPolicy policy, Random random, int step, LocalDate asOf)
    {
        var slots = Slots(policy);
        var activities = new List<LearningActivity>();
        int count = random.Next(1, 5);
        for (int i = 0; i < count; i++)
        {
            var slot = slots[random.Next(slots.Length)];
            int units = step * random.Next(1, 6);
            activities.Add(Activity(policy, "e" + i, asOf.PlusDays(-1 - i), slot, random.Next(2) == 0, units));
        }
        return new Transcript(activities);
    }

    private readonly record struct Best(CreditAmount Total, CreditAmount Approved, Dictionary<Category, CreditAmount> ByCategory);

    /// <summary>Every completion in the grid; the least figures among those that meet the cycle, each on its own.</summary>
    private static Best? Search(Certification certification, Transcript existing, LocalDate asOf, CredentialPolicy policy, int step, int most)
    {
        var slots = Slots(policy);
        var cells = slots.SelectMany(s => new[] { (Slot: s, Approved: true), (Slot: s, Approved: false) }).ToArray();
        int values = most / step + 1;
        var amounts = new int[cells.Length];
        CreditAmount? total = null;
        CreditAmount? approved = null;
        var byCategory = new Dictionary<Category, CreditAmount>();
        long combinations = (long)Math.Pow(values, cells.Length);
        for (long n = 0; n < combinations; n++)
        {
            long rest = n;
            for (int c = 0; c < cells.Length; c++)
            {
                amounts[c] = (int)(rest % values) * step;
                rest /= values;
            }
            var added = existing.Activities;
            for (int c = 0; c < cells.Length; c++)
            {
                if (amounts[c] > 0)
                {
                    added = added.Add(Activity(policy, "new" + c, asOf.PlusDays(-20), cells[c].Slot, cells[c].Approved, amounts[c]));
                }
            }
            if (!Evaluator.Evaluate(certification, new Transcript(added), asOf).RequirementsMet)
            {
                continue;
            }
            var sum = CreditAmount.FromUnits(amounts.Sum());
            var approvedSum = CreditAmount.FromUnits(cells.Select((cell, c) => cell.Approved ? amounts[c] : 0).Sum());
            total = total is { } t && t <= sum ? t : sum;
            approved = approved is { } a && a <= approvedSum ? a : approvedSum;
            foreach (var category in slots.OfType<Category>())
            {
                var inCategory = CreditAmount.FromUnits(cells.Select((cell, c) => cell.Slot == category ? amounts[c] : 0).Sum());
                byCategory[category] = byCategory.TryGetValue(category, out var least) && least <= inCategory ? least : inCategory;
            }
        }
        return total is null ? null : new Best(total.Value, approved!.Value, byCategory);
    }

    /// <summary>The categories of the policy, and no category where a line may name none.</summary>
    private static Category?[] Slots(CredentialPolicy policy)
    {
        var categories = policy.Categories;
        var slots = new List<Category?>();
        if (categories is null || !categories.Required)
        {
            slots.Add(null);
        }
        foreach (var category in categories?.Categories ?? [])
        {
            slots.Add(category);
        }
        return [.. slots];
    }

    private static LearningActivity Activity(CredentialPolicy policy, string id, LocalDate on, Category? category, bool approved, int units) =>
        new(id, LearningActivityKind.Course, on)
        {
            Title = "Activity " + id,
            DurationMinutes = units * (policy.Units.FromDuration?.MinutesPerUnit ?? 60),
            Credits = [new CreditLine(CreditAmount.FromUnits(units), policy.Units.Unit, category) { ApprovedBy = approved ? [policy.Credential.Body.Id] : [] }],
        };
}
