using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Properties;

/// <summary>
/// The invariants of DESIGN.md that hold for every policy: the CMA (AAMA), RMA (AMT), CCMA (NHA) and
/// NCMA (NCCT) built-ins, a custom policy built in C# and one read from a JSON policy file, over
/// transcripts that mix every unit and kind.
/// </summary>
[Properties(Arbitrary = new[] { typeof(AnyPolicyGenerators), typeof(Generators) }, MaxTest = 400)]
public sealed class AnyPolicyProperties
{
    private static readonly CertificationEvaluator Evaluator = new(AnyPolicyGenerators.Catalog);

    private static CertificationEvaluation Eval(Scenario s) => Evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf);

    private static CertificationEvaluation Eval(Scenario s, IEnumerable<LearningActivity> activities) =>
        Evaluator.Evaluate(s.Certification, new Transcript(activities), s.AsOf);

    private static CreditAmount Sum(IEnumerable<CreditAmount> amounts) => amounts.Aggregate(CreditAmount.Zero, (x, y) => x + y);

    private static CreditAmount ShortfallOf(CertificationEvaluation result, string id) =>
        result.Requirements.FirstOrDefault(r => r.RequirementId == id)?.Shortfall ?? CreditAmount.Zero;

    [Property]
    public bool Shuffling_the_transcript_changes_nothing(AnyScenario any, int seed)
    {
        var scenario = any.Scenario;
        var random = new Random(seed);
        var shuffled = scenario.Transcript.Activities.Select(a => (Key: random.Next(), Activity: a)).OrderBy(p => p.Key).Select(p => p.Activity).ToList();
        return Render.Of(Eval(scenario)) == Render.Of(Eval(scenario, shuffled));
    }

    [Property]
    public bool The_summary_agrees_with_the_explained_evaluation_and_a_prepared_summary_with_both(AnyScenario any)
    {
        var scenario = any.Scenario;
        var full = Eval(scenario);
        var outcomes = new RequirementSummary[16];
        var summary = Evaluator.Summarize(scenario.Certification, scenario.Transcript, scenario.AsOf, outcomes);
        var preparedOutcomes = new RequirementSummary[16];
        var prepared = Evaluator.Prepare(scenario.Certification, scenario.Transcript);
        var fromPrepared = Evaluator.Summarize(prepared, scenario.AsOf, preparedOutcomes);
        DateOf(full, DeadlineKind.ExamApplication, out var applyBy);
        DateOf(full, DeadlineKind.ExamPass, out var passBy);
        DateOf(full, DeadlineKind.AnnualFee, out var feeDue);
        bool requirementsAgree = summary.RequirementCount == full.Requirements.Length
            && full.Requirements.Select((r, i) => (r, s: outcomes[i])).All(p =>
                p.r.RequirementId == p.s.RequirementId && p.r.IsCap == p.s.IsCap && p.r.Required == p.s.Required
                && p.r.Shortfall == p.s.Shortfall && p.r.Excluded == p.s.Excluded && p.r.IsMet == p.s.IsMet);
        var countedApproved = Sum(full.Activities.SelectMany(a => a.Counted).Where(c => c.Approved).Select(c => c.Amount));
        return summary.Status == full.Status
            && ReferenceEquals(summary.Policy, full.Policy)
            && summary.ExpiresOn == full.ExpiresOn
            && summary.LastCeDay == full.LastCeDay
            && summary.CompleteBy == full.Plan.CompleteBy
            && new DateInterval(summary.WindowStart, summary.WindowEnd) == full.Window
            && summary.ExamApplyBy == applyBy && summary.ExamPassBy == passBy && summary.AnnualFeeDue == feeDue
            && summary.ExamAttemptsLeft == full.Exam?.AttemptsLeft
            && summary.Counted == full.Requirements.Single(r => r.RequirementId == TotalMinimum.Id).Counted
            && summary.CountedApproved == countedApproved
            && summary.Needed == full.Plan.Total
            && summary.NeededApproved == full.Plan.Approved
            && summary.RequirementsMet == full.RequirementsMet
            && requirementsAgree
            && fromPrepared == summary
            && preparedOutcomes.AsSpan().SequenceEqual(outcomes)
            && prepared.RequirementCount == full.Requirements.Length
            && ReferenceEquals(prepared.GoverningPolicy, full.Policy);
    }

    private static void DateOf(CertificationEvaluation result, DeadlineKind kind, out LocalDate? date) =>
        date = result.Deadlines.FirstOrDefault(d => d.Kind == kind)?.Date;

    [Property]
    public bool Submitted_equals_counted_plus_not_counted_and_every_refusal_is_explained(AnyScenario any)
    {
        var scenario = any.Scenario;
        var result = Eval(scenario);
        bool perActivity = result.Activities.All(a =>
            a.Submitted == a.CountedTotal + a.NotCountedTotal
            && a.Counted.All(c => c.Amount > CreditAmount.Zero)
            && a.NotCounted.All(n => n.Amount >= CreditAmount.Zero && n.RuleId.Contains('/', StringComparison.Ordinal) && n.Message.Length > 0));
        var total = result.Requirements.Single(r => r.RequirementId == TotalMinimum.Id).Counted;
        return perActivity
            && result.Activities.Length == scenario.Transcript.Activities.Length
            && result.Activities.All(a => a.Unit == result.Policy.Units.Unit)
            && total == Sum(result.Activities.Select(a => a.CountedTotal))
            && Sum(result.Activities.Select(a => a.Submitted)) == total + Sum(result.Activities.Select(a => a.NotCountedTotal));
    }

    [Property]
    public bool Nothing_outside_the_window_after_the_as_of_date_or_refused_by_kind_counts(AnyScenario any)
    {
        var scenario = any.Scenario;
        var result = Eval(scenario);
        var policy = result.Policy;
        var activities = scenario.Transcript.Activities;
        for (int i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            bool refused = !result.Window.Contains(activity.CompletedOn) || activity.CompletedOn > scenario.AsOf
                || (policy.NotAcceptedKinds?.Refuses(activity.Kind) ?? false)
                || policy.Cutoffs.Any(c => c.Kind == activity.Kind && activity.CompletedOn > c.LastDay);
            if (refused && !result.Activities[i].Counted.IsEmpty)
            {
                return false;
            }
        }
        return true;
    }

    [Property]
    public bool Caps_hold_whatever_the_input(AnyScenario any)
    {
        var result = Eval(any.Scenario);
        var counted = result.Activities.SelectMany(a => a.Counted).ToList();
        var policy = result.Policy;
        bool cpr = policy.CprCards is not { } cards || Sum(counted.Where(c => c.CountsToward.Contains(CprCardRule.Id)).Select(c => c.Amount)) <= cards.Limit;
        bool nonApproved = policy.NonApprovedCap is not { } cap || Sum(counted.Where(c => !c.Approved).Select(c => c.Amount)) <= cap.Limit;
        return cpr && nonApproved;
    }

    [Property]
    public bool Repeated_employer_training_counts_at_most_once_per_period(AnyScenario any)
    {
        var scenario = any.Scenario;
        var result = Eval(scenario);
        if (result.Policy.RecurringTraining is not { } rule)
        {
            return true;
        }
        var counted = scenario.Transcript.Activities
            .Select((a, i) => (Activity: a, Decision: result.Activities[i]))
            .Where(p => p.Activity.Kind == rule.Kind && !string.IsNullOrWhiteSpace(p.Activity.Title) && !p.Decision.Counted.IsEmpty)
            .GroupBy(p => p.Activity.Title!.Trim(), StringComparer.OrdinalIgnoreCase);
        foreach (var group in counted)
        {
            var days = group.Select(p => p.Activity.CompletedOn).OrderBy(d => d).ToList();
            for (int k = 1; k < days.Count; k++)
            {
                if (rule.Repeats(days[k - 1], days[k]))
                {
                    return false;
                }
            }
        }
        return true;
    }

    [Property]
    public bool Adding_an_admissible_activity_never_raises_a_shortfall(AnyScenario any, PositiveInt units, int categorySeed)
    {
        var scenario = any.Scenario;
        var before = Eval(scenario);
        var window = before.Window;
        var last = window.End < scenario.AsOf ? window.End : scenario.AsOf;
        if (last < window.Start)
        {
            return true;
        }
        var after = Eval(scenario, scenario.Transcript.Activities.Add(Admissible(before.Policy, "extra", last, CreditAmount.FromUnits(Math.Min(units.Get, 40)), categorySeed)));
        return before.Requirements.Zip(after.Requirements).All(p => p.Second.Shortfall <= p.First.Shortfall && (!p.First.IsMet || p.Second.IsMet));
    }

    /// <summary>An activity the policy admits whole: in its unit, approved by its body, long enough, with a category it knows.</summary>
    private static LearningActivity Admissible(CredentialPolicy policy, string id, LocalDate on, CreditAmount amount, int categorySeed, Category? category = null)
    {
        var categories = policy.Categories?.Categories ?? [];
        category ??= categories.IsEmpty ? null : categories[Math.Abs(categorySeed % categories.Length)];
        return new LearningActivity(id, LearningActivityKind.Course, on)
        {
            Title = "A planned activity nobody else has " + id,
            DurationMinutes = (int)Math.Min(int.MaxValue, amount.Hundredths * 1000 / 100),
            Credits = [new CreditLine(amount, policy.Units.Unit, category) { ApprovedBy = [policy.Credential.Body.Id] }],
        };
    }

    [Property]
    public bool The_plan_is_sufficient_and_minimal(AnyScenario any)
    {
        var scenario = any.Scenario;
        var result = Eval(scenario);
        if (result.Status is CertificationStatus.LapsedExamRequired or CertificationStatus.Ineligible)
        {
            return result.Plan.IsEmpty;
        }
        var categorySum = Sum(result.Requirements.Where(r => r.Rule is CategoryMinimum).Select(r => r.Shortfall));
        var lowerBound = CreditAmount.Max(ShortfallOf(result, TotalMinimum.Id), CreditAmount.Max(ShortfallOf(result, ApprovedMinimum.Id), categorySum));
        if (result.Plan.Total != lowerBound)
        {
            return false;
        }
        var day = result.Window.End < scenario.AsOf ? result.Window.End : scenario.AsOf;
        if (day < result.Window.Start)
        {
            return true;
        }
        // Each figure is a least need, so none exceeds what the allocation leaves short.
        if (result.Plan.Approved > result.Plan.Total
            || result.Plan.ByCategory.Any(need => need.Amount > ShortfallOf(result, "category:" + need.Category.Id)))
        {
            return false;
        }
        // Sufficient: the plan's total, all of it approved, placed where the allocation is short, meets the cycle.
        var added = new List<LearningActivity>();
        var remainder = result.Plan.Total.RoundedUp;
        foreach (var shortfall in result.Requirements.Where(r => r.Rule is CategoryMinimum && !r.IsMet))
        {
            var category = ((CategoryMinimum)shortfall.Rule).Category;
            added.Add(Admissible(result.Policy, "plan-" + category, day, shortfall.Shortfall.RoundedUp, 0, category));
            remainder -= shortfall.Shortfall.RoundedUp;
        }
        if (remainder > CreditAmount.Zero)
        {
            added.Add(Admissible(result.Policy, "plan-rest", day, remainder, 0));
        }
        return Eval(scenario, scenario.Transcript.Activities.AddRange(added)).RequirementsMet;
    }

    [Property]
    public bool Dates_follow_the_policy_and_the_status_agrees_with_them(AnyScenario any)
    {
        var scenario = any.Scenario;
        var result = Eval(scenario);
        var policy = result.Policy;
        var certifiedOn = scenario.Certification.CertifiedOn;
        bool reactivating = scenario.AsOf > result.ExpiresOn && scenario.AsOf <= result.LastCeDay && policy.ReactivationWindow is not null;
        var window = reactivating ? policy.ReactivationWindow!.WindowFor(certifiedOn, scenario.AsOf) : policy.Window.WindowFor(certifiedOn, result.ExpiresOn);
        bool dates = result.ExpiresOn == policy.Expiration.ExpirationFor(certifiedOn)
            && result.Window == window
            && result.LastCeDay >= result.ExpiresOn
            && result.Deadlines.All(d => d.DaysFromAsOf == Period.DaysBetween(scenario.AsOf, d.Date))
            && result.Deadlines.Select(d => d.Date).SequenceEqual(result.Deadlines.Select(d => d.Date).OrderBy(d => d));
        var expected = result.Exam is { AttemptsLeft: 0 } ? CertificationStatus.Ineligible
            : scenario.AsOf > result.LastCeDay ? CertificationStatus.LapsedExamRequired
            : result.RequirementsMet ? CertificationStatus.RequirementsMet
            : scenario.AsOf <= result.ExpiresOn ? CertificationStatus.InProgress
            : CertificationStatus.WithinCeTimeLimit;
        return dates && result.Status == expected;
    }

    [Property(MaxTest = 40)]
    [Trait("Category", "Stress")]
    public bool The_same_inputs_give_equal_results_from_many_threads(AnyScenario[] scenarios)
    {
        var expected = scenarios.Select(s => Render.Of(Eval(s.Scenario))).ToArray();
        var actual = new string[scenarios.Length * 8];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => actual[i] = Render.Of(Eval(scenarios[i % scenarios.Length].Scenario)));
        return actual.Select((text, i) => text == expected[i % scenarios.Length]).All(ok => ok);
    }
}
