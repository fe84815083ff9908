using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Properties;

/// <summary>The invariants of DESIGN.md, 1 to 9, for the CMA (AAMA) policy.</summary>
[Properties(Arbitrary = new[] { typeof(Generators) }, MaxTest = 300)]
public sealed class InvariantProperties
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static CertificationEvaluation Eval(Scenario s) => Evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf);

    private static CertificationEvaluation Eval(Scenario s, IEnumerable<LearningActivity> activities) =>
        Evaluator.Evaluate(s.Certification, new Transcript(activities), s.AsOf);

    private static CreditAmount Sum(IEnumerable<CreditAmount> amounts) => amounts.Aggregate(CreditAmount.Zero, (x, y) => x + y);

    [Property]
    public bool Shuffling_the_transcript_changes_nothing(Scenario scenario, int seed)
    {
        var random = new Random(seed);
        var shuffled = scenario.Transcript.Activities.Select(a => (Key: random.Next(), Activity: a)).OrderBy(p => p.Key).Select(p => p.Activity).ToList();
        return Render.Of(Eval(scenario)) == Render.Of(Eval(scenario, shuffled));
    }

    [Property]
    public bool Adding_an_admissible_activity_never_raises_a_shortfall(Scenario scenario, PositiveInt points, int categorySeed, bool approved)
    {
        var window = Eval(scenario).Window;
        var last = window.End < scenario.AsOf ? window.End : scenario.AsOf;
        if (last < window.Start)
        {
            return true;
        }
        var category = new[] { Category.General, Category.Clinical, Category.Administrative }[Math.Abs(categorySeed % 3)];
        int amount = Math.Min(points.Get, 40);
        var extra = new LearningActivity("extra", LearningActivityKind.Course, last)
        {
            Title = "An extra activity nobody else has",
            DurationMinutes = amount * 50,
            Credits = [new CreditLine(CreditAmount.FromUnits(amount), CreditUnit.AamaPoint, category) { ApprovedBy = approved ? ["aama"] : [] }],
        };
        var before = Eval(scenario);
        var after = Eval(scenario, scenario.Transcript.Activities.Add(extra));
        return before.Requirements.Zip(after.Requirements).All(p => p.Second.Shortfall <= p.First.Shortfall && (!p.First.IsMet || p.Second.IsMet));
    }

    [Property]
    public bool Caps_hold_whatever_the_input(Scenario scenario)
    {
        var result = Eval(scenario);
        var counted = result.Activities.SelectMany(a => a.Counted).ToList();
        var cpr = Sum(counted.Where(c => c.CountsToward.Contains(CprCardRule.Id)).Select(c => c.Amount));
        var nonApproved = Sum(counted.Where(c => !c.Approved).Select(c => c.Amount));
        return cpr <= AamaCma.From2020.CprCards!.Limit && nonApproved <= AamaCma.From2020.NonApprovedCap!.Limit
            && result.Requirements.Single(r => r.RequirementId == CprCardRule.Id).Counted == cpr
            && result.Requirements.Single(r => r.RequirementId == NonApprovedCap.Id).Counted == nonApproved;
    }

    [Property]
    public bool Nothing_outside_the_window_or_after_the_as_of_date_counts(Scenario scenario)
    {
        var result = Eval(scenario);
        var activities = scenario.Transcript.Activities;
        for (int i = 0; i < activities.Length; i++)
        {
            var on = activities[i].CompletedOn;
            if ((!result.Window.Contains(on) || on > scenario.AsOf) && !result.Activities[i].Counted.IsEmpty)
            {
                return false;
            }
        }
        return true;
    }

    [Property]
    public bool Submitted_equals_counted_plus_not_counted(Scenario scenario)
    {
        var result = Eval(scenario);
        bool perActivity = result.Activities.All(a =>
            a.Submitted == a.CountedTotal + a.NotCountedTotal
            && a.Counted.All(c => c.Amount > CreditAmount.Zero)
            && a.NotCounted.All(n => n.Amount >= CreditAmount.Zero && n.RuleId.Contains('/', StringComparison.Ordinal) && n.Message.Length > 0));
        var total = result.Requirements.Single(r => r.RequirementId == "total").Counted;
        return perActivity
            && result.Activities.Length == scenario.Transcript.Activities.Length
            && total == Sum(result.Activities.Select(a => a.CountedTotal))
            && Sum(result.Activities.Select(a => a.Submitted)) == total + Sum(result.Activities.Select(a => a.NotCountedTotal));
    }

    [Property]
    public bool The_plan_is_sufficient_and_minimal(Scenario scenario)
    {
        var result = Eval(scenario);
        var shortfalls = result.Requirements.Where(r => !r.IsCap).ToDictionary(r => r.RequirementId, r => r.Shortfall);
        var categorySum = Sum(result.Requirements.Where(r => r.RequirementId.StartsWith("category:", StringComparison.Ordinal)).Select(r => r.Shortfall));
        var lowerBound = CreditAmount.Max(shortfalls["total"], CreditAmount.Max(shortfalls["approved"], categorySum));
        if (result.Status is CertificationStatus.LapsedExamRequired or CertificationStatus.Ineligible)
        {
            return result.Plan.IsEmpty;
        }
        if (result.Plan.Total != lowerBound)
        {
            return false;
        }
        var day = result.Window.End < scenario.AsOf ? result.Window.End : scenario.AsOf;
        if (day < result.Window.Start)
        {
            return true;
        }
        var added = new List<LearningActivity>();
        var remainder = result.Plan.Total;
        foreach (var need in result.Plan.ByCategory)
        {
            added.Add(PlanActivity("plan-" + need.Category, day, need.Amount, need.Category));
            remainder -= need.Amount;
        }
        if (remainder > CreditAmount.Zero)
        {
            added.Add(PlanActivity("plan-rest", day, remainder, Category.General));
        }
        return Eval(scenario, scenario.Transcript.Activities.AddRange(added)).RequirementsMet;
    }

    private static LearningActivity PlanActivity(string id, LocalDate day, CreditAmount amount, Category category) =>
        new(id, LearningActivityKind.Course, day) { Title = "Planned " + id, Credits = [new CreditLine(amount, CreditUnit.AamaPoint, category) { ApprovedBy = ["aama"] }] };

    [Property(MaxTest = 500)]
    public bool The_allocation_is_at_least_as_good_as_any_selection_an_applicant_could_submit(SmallScenario small)
    {
        var scenario = small.Scenario;
        var result = Eval(scenario);
        var evaluated = result.Requirements.Where(r => !r.IsCap).Sum(r => r.Shortfall.Hundredths);
        var best = BruteForce(scenario.Transcript.Activities);
        return evaluated <= best.ShortfallSum && (!best.AnyMeetsAll || result.RequirementsMet);
    }

    /// <summary>
    /// An independent model of the CMA requirements over whole activities: every subset an applicant
    /// could submit with at most 30 non-approved points and at most 3 CPR cards, scored by the sum of
    /// shortfalls (total 60; 10 per category; 30 approved). Activities are simple and admissible.
    /// </summary>
    private static (long ShortfallSum, bool AnyMeetsAll) BruteForce(ImmutableArray<LearningActivity> activities)
    {
        long best = long.MaxValue;
        bool anyMeetsAll = false;
        for (int mask = 0; mask < 1 << activities.Length; mask++)
        {
            long total = 0, approved = 0, nonApproved = 0, general = 0, clinical = 0, administrative = 0;
            int cards = 0;
            for (int i = 0; i < activities.Length; i++)
            {
                if ((mask & (1 << i)) == 0)
                {
                    continue;
                }
                var activity = activities[i];
                long points;
                string category;
                bool isApproved;
                if (activity.Kind == LearningActivityKind.CprCard)
                {
                    cards++;
                    (points, category, isApproved) = (400, "clinical", true);
                }
                else
                {
                    var line = activity.Credits[0];
                    (points, category, isApproved) = (line.Amount.Hundredths, line.Category!.Value.Id, line.ApprovedBy.Contains("aama"));
                }
                total += points;
                if (isApproved)
                {
                    approved += points;
                }
                else
                {
                    nonApproved += points;
                }
                switch (category)
                {
                    case "general": general += points; break;
                    case "clinical": clinical += points; break;
                    default: administrative += points; break;
                }
            }
            if (nonApproved > 3000 || cards > 3)
            {
                continue;
            }
            long sum = Short(6000, total) + Short(3000, approved) + Short(1000, general) + Short(1000, clinical) + Short(1000, administrative);
            best = Math.Min(best, sum);
            anyMeetsAll |= sum == 0;
        }
        return (best, anyMeetsAll);
    }

    private static long Short(long required, long counted) => Math.Max(0, required - counted);

    [Property]
    public bool Dates_follow_the_rules_and_the_status_agrees_with_them(Scenario scenario)
    {
        var result = Eval(scenario);
        var certifiedOn = scenario.Certification.CertifiedOn;
        int months = (result.ExpiresOn.Year * 12 + result.ExpiresOn.Month) - (certifiedOn.Year * 12 + certifiedOn.Month);
        bool dates = months == 60
            && result.ExpiresOn.Day == result.ExpiresOn.Calendar.GetDaysInMonth(result.ExpiresOn.Year, result.ExpiresOn.Month)
            && result.Window.Start == certifiedOn && result.Window.End == result.ExpiresOn
            && result.LastCeDay >= result.ExpiresOn
            && result.Deadlines.All(d => d.DaysFromAsOf == Period.DaysBetween(scenario.AsOf, d.Date));
        var expected = result.Exam is { AttemptsLeft: 0 } ? CertificationStatus.Ineligible
            : scenario.AsOf > result.LastCeDay ? CertificationStatus.LapsedExamRequired
            : result.RequirementsMet ? CertificationStatus.RequirementsMet
            : scenario.AsOf <= result.ExpiresOn ? CertificationStatus.InProgress
            : CertificationStatus.WithinCeTimeLimit;
        return dates && result.Status == expected;
    }

    [Property(MaxTest = 50)]
    [Trait("Category", "Stress")]
    public bool The_same_inputs_give_equal_results_from_many_threads(Scenario[] scenarios)
    {
        var expected = scenarios.Select(s => Render.Of(Eval(s))).ToArray();
        var actual = new string[scenarios.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => actual[i] = Render.Of(Eval(scenarios[i % scenarios.Length])));
        return actual.Select((text, i) => text == expected[i % scenarios.Length]).All(ok => ok);
    }
}
