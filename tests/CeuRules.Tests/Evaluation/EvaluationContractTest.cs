using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Evaluation.Engine;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// The evaluation's public surface that the faces read but the engine's own tests did not: ordering by
/// urgency, finding a requirement's outcome, the summary's default value and formatting, decision
/// arguments as values, and the results' formatting; and the canonical order's every tie-breaker.
/// </summary>
public sealed class EvaluationContractTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static readonly Certification Certified2021 = Cma(D(2021, 2, 10));

    [Fact]
    public void By_urgency_puts_the_expired_first_then_undated_steps_then_by_date_and_none_last_keeping_ties_in_order()
    {
        var met = Evaluator.Evaluate(Certified2021, T(FullCycle(D(2021, 2, 10))), D(2025, 6, 1)); // apply by 2026-02-28
        var metAgain = Evaluator.Evaluate(Certified2021, T(FullCycle(D(2021, 2, 10))), D(2025, 6, 2)); // the same step, given later
        var later = Evaluator.Evaluate(Cma(D(2022, 5, 1)), T(), D(2025, 6, 1)); // earn, then apply by 2027-05-31
        var ineligible = Evaluator.Evaluate(Cma(D(2021, 2, 10), true, new ExamAttempt(D(2022, 1, 1), false), new ExamAttempt(D(2022, 2, 1), false), new ExamAttempt(D(2022, 3, 1), false)),
            T(), D(2025, 6, 1)); // no step, current
        var withinLimit = Evaluator.Evaluate(Certified2021, T(FullCycle(D(2021, 2, 10))), D(2026, 4, 1)); // expired, apply by the last CE day
        var lapsed = Evaluator.Evaluate(Certified2021, T(), D(2026, 7, 1)); // expired, the exam with no date
        var onExpiry = Evaluator.Evaluate(Certified2021, T(), D(2026, 2, 28)); // still current on its last day
        Assert.Equal(NextAction.None, ineligible.NextStep.Action);
        Assert.Null(lapsed.NextStep.By);
        Assert.NotNull(withinLimit.NextStep.By);

        var ordered = EvaluationOrder.ByUrgency([onExpiry, ineligible, later, met, withinLimit, metAgain, lapsed]);

        Assert.Equal(new[] { lapsed, withinLimit, onExpiry, met, metAgain, later, ineligible }, ordered);
        Assert.Equal(new[] { met, metAgain }, EvaluationOrder.ByUrgency([met, metAgain]));
        Assert.Equal(new[] { metAgain, met }, EvaluationOrder.ByUrgency([metAgain, met]));
        Assert.Empty(EvaluationOrder.ByUrgency([]));
        Assert.Equal("evaluations", Assert.Throws<ArgumentNullException>(() => EvaluationOrder.ByUrgency(null!)).ParamName);
        var nullOne = Assert.Throws<ArgumentException>(() => EvaluationOrder.ByUrgency([met, null!]));
        Assert.Equal("evaluations", nullOne.ParamName);
        Assert.StartsWith("An evaluation must not be null.", nullOne.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirements_outcome_is_found_by_its_category_or_its_rules_kind()
    {
        var transcript = T(Approved("c", D(2022, 1, 1), 4, "clinical"));
        var summary = Evaluator.Summarize(Certified2021, transcript, D(2025, 6, 1), out ImmutableArray<RequirementSummary> outcomes);
        var policy = AamaCma.From2020;

        Assert.Equal(Evaluator.RequirementCountFor(Certified2021), outcomes.Length);
        Assert.Equal(policy.Requirements.Length + 2, outcomes.Length);
        Assert.Equal(outcomes.Length, summary.RequirementCount);
        var clinical = RequirementSummaries.Find(outcomes.AsSpan(), Category.Clinical);
        Assert.Equal(Category.Clinical, clinical!.Value.Category);
        Assert.Equal(CreditAmount.FromUnits(6), clinical.Value.Shortfall);
        Assert.Null(RequirementSummaries.Find(outcomes.AsSpan(), new Category("ethics")));
        Assert.Null(RequirementSummaries.Find(ReadOnlySpan<RequirementSummary>.Empty, Category.Clinical));
        Assert.Equal(TotalMinimum.Id, RequirementSummaries.Find<TotalMinimum>(outcomes.AsSpan())!.Value.RequirementId);
        Assert.Equal(NonApprovedCap.Id, RequirementSummaries.Find<NonApprovedCap>(outcomes.AsSpan())!.Value.RequirementId);
        Assert.Null(RequirementSummaries.Find<SelfStudyRule>(outcomes.AsSpan()));
        Assert.Null(RequirementSummaries.Find<TotalMinimum>(outcomes.AsSpan(0, 0)));
        Assert.Null(RequirementSummaries.Find<TotalMinimum>(outcomes.AsSpan())!.Value.Category);

        // Outcomes are values: equal member by member, the rule aside.
        var total = outcomes.Single(o => o.Rule is TotalMinimum);
        var again = Evaluator.Summarize(Certified2021, transcript, D(2025, 6, 1), out ImmutableArray<RequirementSummary> outcomesAgain);
        Assert.Equal(summary, again);
        Assert.True(outcomes.SequenceEqual(outcomesAgain));
        Assert.True(total == outcomesAgain.Single(o => o.Rule is TotalMinimum));
        Assert.False(total != outcomesAgain.Single(o => o.Rule is TotalMinimum));
        Assert.True(total != clinical.Value);
        Assert.False(total == clinical.Value);
        Assert.True(total.Equals((object)outcomesAgain.Single(o => o.Rule is TotalMinimum)));
        Assert.False(total.Equals((object)summary));
        Assert.Equal(total.GetHashCode(), outcomesAgain.Single(o => o.Rule is TotalMinimum).GetHashCode());
        Assert.Equal("category:clinical short 6", clinical.Value.ToString());
        Assert.Equal("cap:non-approved excluded 0", RequirementSummaries.Find<NonApprovedCap>(outcomes.AsSpan())!.Value.ToString());

        Assert.Equal("certification", Assert.Throws<ArgumentNullException>(() => Evaluator.RequirementCountFor(null!)).ParamName);
        Assert.Equal("certification", Assert.Throws<ArgumentException>(() => Evaluator.RequirementCountFor(new Certification(TestPolicies.ClinicCredential, D(2024, 1, 1)))).ParamName);
    }

    [Fact]
    public void The_default_summary_has_no_policy_and_says_so()
    {
        var none = default(CertificationSummary);
        Assert.Equal("The default summary has no policy.", Assert.Throws<InvalidOperationException>(() => none.Policy).Message);
        Assert.Throws<InvalidOperationException>(() => none.Credential);
        Assert.Throws<InvalidOperationException>(() => none.Unit);
        Assert.Equal("(no summary)", none.ToString());

        var summary = Evaluator.Summarize(Certified2021, T(), D(2025, 6, 1));
        Assert.Equal(Credential.AamaCma, summary.Credential);
        Assert.Equal(CreditUnit.AamaPoint, summary.Unit);
        Assert.True(summary != none);
        Assert.False(summary == none);
    }

    [Fact]
    public void Decision_arguments_are_values_and_a_missing_key_reads_as_absent()
    {
        var a = ArgumentKeys.Count.With(3);
        var same = new DecisionArgument("count", 3);
        var otherValue = ArgumentKeys.Count.With(4);
        var otherName = ArgumentKeys.MaxCards.With(3);
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.False(a.Equals((object)"count"));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a != otherValue);
        Assert.False(a == otherValue);
        Assert.True(a != otherName);

        var arguments = Decision.Args(a);
        Assert.False(arguments.TryGet(ArgumentKeys.MaxCards, out int missing));
        Assert.Equal(0, missing);
        Assert.False(arguments.TryGet(ArgumentKeys.AsOf, out LocalDate noDate));
        Assert.Equal(default, noDate);
        Assert.False(default(ImmutableArray<DecisionArgument>).TryGet(ArgumentKeys.Count, out _));
        Assert.True(arguments.TryGet(ArgumentKeys.Count, out int found));
        Assert.Equal(3, found);
        Assert.Equal("count: Int32", ArgumentKeys.Count.ToString());
        Assert.Equal("asOf: LocalDate", ArgumentKeys.AsOf.ToString());
    }

    [Fact]
    public void An_undefined_route_or_action_has_no_id()
    {
        Assert.Equal("route", Assert.Throws<ArgumentOutOfRangeException>(() => ((RecertificationRoute)99).ToId()).ParamName);
        Assert.Equal("action", Assert.Throws<ArgumentOutOfRangeException>(() => ((NextAction)99).ToId()).ParamName);
    }

    [Fact]
    public void Every_result_formats_itself()
    {
        var certification = Cma(D(2021, 2, 10), true, new ExamAttempt(D(2022, 1, 1), false));
        var result = Evaluator.Evaluate(certification, T(Approved("c", D(2022, 1, 1), 4, "clinical"), Approved("late", D(2025, 7, 1), 1, "general")), D(2025, 6, 1));
        var counted = Assert.Single(result.Activities[0].Counted);
        Assert.Equal("4 toward category:clinical", counted.ToString());
        Assert.Equal("c: 4 submitted, 4 counted", result.Activities[0].ToString());
        var refused = Assert.Single(result.Activities[1].NotCounted);
        Assert.Equal("1 after-as-of: " + refused.Message, refused.ToString());
        Assert.Equal("1 of 3 attempts failed", result.Exam!.ToString());
        Assert.Equal("expiration 2026-02-28", result.Deadlines.Single(d => d.Kind == DeadlineKind.Expiration).ToString());

        var prepared = Evaluator.Prepare(certification, T(Approved("c", D(2022, 1, 1), 4, "clinical")));
        Assert.Equal($"{certification}, 1 activities", prepared.ToString());
        Assert.Single(prepared.Transcript.Activities);
    }

    [Theory]
    [InlineData("kind")]
    [InlineData("title")]
    [InlineData("provider")]
    [InlineData("duration")]
    [InlineData("purchased")]
    [InlineData("valid")]
    [InlineData("lines")]
    [InlineData("line")]
    [InlineData("reference")]
    public void Of_two_activities_with_the_same_id_the_first_in_canonical_order_counts_whatever_field_tells_them_apart(string field)
    {
        var on = D(2022, 1, 1);
        LearningActivity Make(bool first) => new("same", field == "kind" && first ? LearningActivityKind.Conference : LearningActivityKind.Course, on)
        {
            Title = field == "title" ? (first ? "A course" : "B course") : "Course",
            Provider = field == "provider" ? (first ? "Alpha" : "Beta") : null,
            DurationMinutes = field == "duration" ? (first ? 60 : 90) : null,
            PurchasedOn = field == "purchased" ? (first ? D(2021, 3, 1) : D(2021, 4, 1)) : null,
            ValidMonths = field == "valid" ? (first ? 12 : 24) : null,
            Credits = field switch
            {
                "lines" => first ? [Line(2, "general")] : [Line(2, "general"), Line(1, "clinical")],
                "line" => [Line(first ? 1 : 2, "general")],
                "reference" => [new CreditLine(CreditAmount.FromUnits(2), CreditUnit.AamaPoint, Category.General) { ApprovedBy = ["aama"], ApprovalReference = first ? "A-1" : "B-1" }],
                _ => [Line(2, "general")],
            },
        };
        foreach (var (activities, kept) in new[] { (new[] { Make(true), Make(false) }, 0), (new[] { Make(false), Make(true) }, 1) })
        {
            var result = Evaluator.Evaluate(Certified2021, T(activities), D(2025, 6, 1));
            Assert.NotEmpty(result.Activities[kept].Counted);
            Assert.Equal(DecisionCodes.DuplicateId, Assert.Single(result.Activities[1 - kept].NotCounted).Code);
        }
    }

    [Fact]
    public void Over_the_cap_the_lines_of_one_activity_take_the_rest_of_the_room_in_their_order()
    {
        // 40 points not approved, 30 count: 10 to each category short first, the last 10 to the first line.
        var twoLines = new LearningActivity("two", LearningActivityKind.Course, D(2022, 1, 1))
        {
            Title = "Two areas",
            DurationMinutes = 2400,
            Credits = [Line(20, "clinical", approved: false), Line(20, "general", approved: false)],
        };
        var result = Evaluator.Evaluate(Certified2021, T(twoLines), D(2025, 6, 1));
        Assert.Equal(CreditAmount.FromUnits(20), result.Requirements.Single(r => r.RequirementId == "category:clinical").Counted);
        Assert.Equal(CreditAmount.FromUnits(10), result.Requirements.Single(r => r.RequirementId == "category:general").Counted);
        Assert.Equal(CreditAmount.FromUnits(10), Assert.Single(result.Activities[0].NotCounted).Amount);
    }

    [Fact]
    public void Two_activities_are_the_same_content_only_when_every_compared_field_is_the_same()
    {
        var on = D(2022, 1, 1);
        var x = new LearningActivity("x", LearningActivityKind.Course, on) { Title = "Course", Provider = "Provider", Credits = [Line(2, "general"), Line(1, "clinical")] };
        LearningActivity Like(string id, LearningActivityKind? kind = null, LocalDate? day = null, string? title = "Course", string? provider = "Provider", params CreditLine[] lines) =>
            new(id, kind ?? LearningActivityKind.Course, day ?? on) { Title = title, Provider = provider, Credits = lines.Length == 0 ? x.Credits : [.. lines] };
        var same = Workspace.SameContent.Instance;

        Assert.True(same.Equals(x, Like("y", title: " course ", provider: "PROVIDER ")));
        Assert.Equal(same.GetHashCode(x), same.GetHashCode(Like("y", title: " course ", provider: "PROVIDER ")));
        Assert.True(same.Equals(null, null));
        Assert.False(same.Equals(x, null));
        Assert.False(same.Equals(null, x));
        Assert.False(same.Equals(x, Like("y", kind: LearningActivityKind.Conference)));
        Assert.False(same.Equals(x, Like("y", day: on.PlusDays(1))));
        Assert.False(same.Equals(x, Like("y", title: "Other")));
        Assert.False(same.Equals(x, Like("y", provider: null)));
        Assert.False(same.Equals(x, Like("y", lines: [Line(2, "general")])));
        Assert.False(same.Equals(x, Like("y", lines: [Line(2, "general"), Line(1.5m, "clinical")])));
        Assert.False(same.Equals(x, Like("y", lines: [Line(2, "general"), Line(1, "clinical", unit: CreditUnit.ContactHour)])));
        Assert.False(same.Equals(x, Like("y", lines: [Line(2, "general"), Line(1, "administrative")])));
        Assert.False(same.Equals(x, Like("y", lines: [Line(2, "general"), Line(1, "clinical", approved: false)])));
    }

    [Fact]
    public void An_activity_of_many_lines_is_read_line_by_line()
    {
        var lines = Enumerable.Range(1, 9).Select(i => Line(1, i % 3 == 0 ? "clinical" : "general")).ToArray();
        var many = new LearningActivity("many", LearningActivityKind.Course, D(2022, 1, 1)) { Title = "Many lines", Credits = [.. lines] };
        var result = Evaluator.Evaluate(Certified2021, T(many, Approved("few", D(2022, 1, 2), 1, "administrative")), D(2025, 6, 1));
        Assert.Equal(CreditAmount.FromUnits(9), result.Activities[0].Submitted);
        Assert.Equal(CreditAmount.FromUnits(3), result.Requirements.Single(r => r.RequirementId == "category:clinical").Counted);
        Assert.Equal(CreditAmount.FromUnits(6), result.Requirements.Single(r => r.RequirementId == "category:general").Counted);
        Assert.Equal(CreditAmount.FromUnits(1), result.Activities[1].CountedTotal);
    }
}
