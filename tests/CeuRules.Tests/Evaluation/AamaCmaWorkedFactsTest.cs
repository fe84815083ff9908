using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies.BuiltIn;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>The CMA (AAMA) rules of RULES.md, one worked fact at a time.</summary>
public sealed class AamaCmaWorkedFactsTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static CertificationEvaluation Eval(Certification certification, Transcript transcript, LocalDate asOf) =>
        Evaluator.Evaluate(certification, transcript, asOf);

    private static CreditAmount Units(decimal value) => CreditAmount.FromDecimal(value);

    private static RequirementOutcome Req(CertificationEvaluation result, string id) => result.Requirements.Single(r => r.RequirementId == id);

    private static ActivityDecision Act(CertificationEvaluation result, string id) => result.Activities.Single(a => a.ActivityId == id);

    [Theory]
    [InlineData(2010, 2, 15, 2015, 2, 28)] // AAMA's own example: February 2010, current through the last day of February 2015
    [InlineData(2016, 2, 29, 2021, 2, 28)] // leap day: February 2021 has 28 days
    [InlineData(2015, 2, 1, 2020, 2, 29)] // the expiration month is a leap February
    [InlineData(2019, 1, 31, 2024, 1, 31)]
    [InlineData(2021, 2, 10, 2026, 2, 28)]
    [InlineData(2020, 12, 1, 2025, 12, 31)]
    public void Expiration_is_the_last_day_of_the_certification_month_plus_60_months(int y, int m, int d, int ey, int em, int ed)
    {
        var result = Eval(Cma(D(y, m, d)), Transcript.Empty, D(y, m, d));
        Assert.Equal(D(ey, em, ed), result.ExpiresOn);
        Assert.Equal(new DateInterval(D(y, m, d), D(ey, em, ed)), result.Window);
    }

    [Fact]
    public void Requirements_are_60_in_total_10_per_category_and_30_approved()
    {
        var result = Eval(Cma(D(2021, 2, 10)), Transcript.Empty, D(2021, 3, 1));
        Assert.Equal(Units(60), Req(result, "total").Required);
        Assert.Equal(Units(10), Req(result, "category:general").Required);
        Assert.Equal(Units(10), Req(result, "category:clinical").Required);
        Assert.Equal(Units(10), Req(result, "category:administrative").Required);
        Assert.Equal(Units(30), Req(result, "approved").Required);
        Assert.Equal(Units(30), Req(result, "cap:non-approved").Required);
        Assert.Equal(Units(12), Req(result, "cap:cpr").Required);
    }

    [Fact]
    public void A_full_approved_cycle_is_met_and_ready_to_apply()
    {
        var start = D(2021, 2, 10);
        var result = Eval(Cma(start), T(FullCycle(start)), D(2025, 6, 1));
        Assert.Equal(CertificationStatus.RequirementsMet, result.Status);
        Assert.True(result.RequirementsMet);
        Assert.True(result.Plan.IsEmpty);
        Assert.All(result.Requirements, r => Assert.Equal(CreditAmount.Zero, r.Shortfall));
    }

    [Fact]
    public void The_non_approved_cap_keeps_the_points_that_help_a_short_category()
    {
        // 30 approved general points; 40 non-approved general and 10 non-approved administrative.
        // A person would submit the administrative 10 and 20 of the general: administrative is met.
        var start = D(2021, 2, 10);
        var transcript = T(
            Approved("ag", D(2021, 3, 1), 20, "general"),
            Approved("ac", D(2021, 3, 2), 10, "clinical"),
            NonApproved("ng", D(2021, 1, 1).PlusYears(1), 40, "general", 3000),
            NonApproved("na", D(2023, 1, 1), 10, "administrative", 600));
        var result = Eval(Cma(start), transcript, D(2025, 6, 1));
        Assert.Equal(Units(10), Req(result, "category:administrative").Counted);
        Assert.Equal(Units(30), Req(result, "cap:non-approved").Counted);
        Assert.Equal(Units(20), Req(result, "cap:non-approved").Excluded);
        Assert.Equal(Units(60), Req(result, "total").Counted);
        Assert.Equal(CertificationStatus.RequirementsMet, result.Status);
        var ng = Act(result, "ng");
        Assert.Equal(Units(20), ng.CountedTotal);
        Assert.Equal(NotCountedReason.OverCap, Assert.Single(ng.NotCounted).Reason);
        Assert.Equal("aama-cma/non-approved-cap", ng.NotCounted[0].RuleId);
    }

    [Fact]
    public void Cpr_cards_earn_four_clinical_approved_points_up_to_three_cards()
    {
        var start = D(2021, 2, 10);
        var transcript = T(Cpr("c1", D(2021, 6, 1)), Cpr("c2", D(2022, 6, 1)), Cpr("c3", D(2023, 6, 1)), Cpr("c4", D(2024, 6, 1)));
        var result = Eval(Cma(start), transcript, D(2025, 6, 1));
        Assert.Equal(Units(12), Req(result, "category:clinical").Counted);
        Assert.Equal(Units(12), Req(result, "approved").Counted);
        Assert.Equal(Units(12), Req(result, "cap:cpr").Counted);
        Assert.Equal(Units(4), Req(result, "cap:cpr").Excluded);
        var fourth = Act(result, "c4");
        Assert.Equal(Units(4), fourth.Submitted);
        Assert.Equal(NotCountedReason.OverCap, Assert.Single(fourth.NotCounted).Reason);
        Assert.Contains("cap:cpr", Act(result, "c1").Counted.Single().CountsToward);
    }

    [Fact]
    public void The_fourth_card_is_the_latest_whatever_the_transcript_order()
    {
        var start = D(2021, 2, 10);
        var cards = new[] { Cpr("c4", D(2024, 6, 1)), Cpr("c2", D(2022, 6, 1)), Cpr("c3", D(2023, 6, 1)), Cpr("c1", D(2021, 6, 1)) };
        var result = Eval(Cma(start), T(cards), D(2025, 6, 1));
        Assert.Equal(NotCountedReason.OverCap, Assert.Single(Act(result, "c4").NotCounted).Reason);
    }

    [Fact]
    public void A_card_issued_before_the_window_earns_nothing()
    {
        var result = Eval(Cma(D(2021, 2, 10)), T(Cpr("old", D(2021, 2, 9))), D(2025, 6, 1));
        var decision = Act(result, "old");
        Assert.Equal(NotCountedReason.OutsideWindow, Assert.Single(decision.NotCounted).Reason);
        Assert.Equal("aama-cma/window", decision.NotCounted[0].RuleId);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(36)]
    [InlineData(null)]
    public void A_card_of_other_validity_is_flagged_for_review(int? months)
    {
        var result = Eval(Cma(D(2021, 2, 10)), T(Cpr("card", D(2022, 2, 9), months)), D(2025, 6, 1));
        var part = Assert.Single(Act(result, "card").NotCounted);
        Assert.Equal(NotCountedReason.NeedsReview, part.Reason);
        Assert.Equal("aama-cma/cpr-cards", part.RuleId);
        Assert.Equal(Units(4), part.Amount);
    }

    [Theory]
    [InlineData(49, false)]
    [InlineData(50, true)]
    public void A_non_approved_activity_must_last_fifty_minutes(int minutes, bool counts)
    {
        var result = Eval(Cma(D(2021, 2, 10)), T(NonApproved("n", D(2022, 1, 1), 1, "clinical", minutes)), D(2025, 6, 1));
        var decision = Act(result, "n");
        Assert.Equal(counts ? Units(1) : CreditAmount.Zero, decision.CountedTotal);
        if (!counts)
        {
            Assert.Equal(NotCountedReason.TooShort, Assert.Single(decision.NotCounted).Reason);
        }
    }

    [Fact]
    public void A_non_approved_activity_earns_at_most_one_point_per_fifty_minutes()
    {
        var result = Eval(Cma(D(2021, 2, 10)), T(NonApproved("n", D(2022, 1, 1), 3, "clinical", 120)), D(2025, 6, 1));
        var decision = Act(result, "n");
        Assert.Equal(Units(2.4m), decision.CountedTotal);
        var part = Assert.Single(decision.NotCounted);
        Assert.Equal(Units(0.6m), part.Amount);
        Assert.Equal(NotCountedReason.OverCap, part.Reason);
        Assert.Equal("aama-cma/non-approved-duration", part.RuleId);
    }

    [Fact]
    public void A_non_approved_activity_without_a_duration_needs_review()
    {
        var result = Eval(Cma(D(2021, 2, 10)), T(NonApproved("n", D(2022, 1, 1), 2, "clinical", null)), D(2025, 6, 1));
        Assert.Equal(NotCountedReason.NeedsReview, Assert.Single(Act(result, "n").NotCounted).Reason);
    }

    [Fact]
    public void One_college_credit_is_fifteen_non_approved_points_even_when_marked_approved()
    {
        var course = new LearningActivity("col", LearningActivityKind.CollegeCourse, D(2022, 5, 1))
        {
            Credits = [Line(1, "general", approved: true, CreditUnit.CollegeCredit)],
        };
        var result = Eval(Cma(D(2021, 2, 10)), T(course), D(2025, 6, 1));
        var counted = Assert.Single(Act(result, "col").Counted);
        Assert.Equal(Units(15), counted.Amount);
        Assert.False(counted.Approved);
        Assert.Equal(Units(15), Req(result, "cap:non-approved").Counted);
    }

    [Fact]
    public void An_iacet_ceu_is_ten_points()
    {
        var course = new LearningActivity("iacet", LearningActivityKind.Course, D(2022, 5, 1)) { Credits = [Line(1, "clinical", approved: false, CreditUnit.IacetCeu)] };
        var result = Eval(Cma(D(2021, 2, 10)), T(course), D(2025, 6, 1));
        Assert.Equal(Units(10), Act(result, "iacet").CountedTotal);
    }

    [Fact]
    public void The_own_unit_is_preferred_and_other_units_are_left_to_other_bodies()
    {
        var course = new LearningActivity("both", LearningActivityKind.Course, D(2022, 5, 1))
        {
            Credits = [Line(2, "clinical"), Line(1, "clinical", approved: false, CreditUnit.NhaCredit)],
        };
        var decision = Act(Eval(Cma(D(2021, 2, 10)), T(course), D(2025, 6, 1)), "both");
        Assert.Equal(Units(2), decision.Submitted);
        Assert.Equal(Units(2), decision.CountedTotal);
        Assert.Single(decision.Notes);
    }

    [Fact]
    public void Credit_only_in_a_foreign_unit_is_an_unknown_unit()
    {
        var course = new LearningActivity("nha", LearningActivityKind.Course, D(2022, 5, 1)) { Credits = [Line(1, "clinical", approved: false, CreditUnit.NhaCredit)] };
        var part = Assert.Single(Act(Eval(Cma(D(2021, 2, 10)), T(course), D(2025, 6, 1)), "nha").NotCounted);
        Assert.Equal(NotCountedReason.UnknownUnit, part.Reason);
        Assert.Contains("credit only in NHA credits", part.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("nha-credit", part.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_category_and_a_missing_category_are_reported()
    {
        var transcript = T(Approved("x", D(2022, 1, 1), 2, "ethics"), new LearningActivity("none", LearningActivityKind.Course, D(2022, 1, 2)) { Credits = [Line(2, null!)] });
        var result = Eval(Cma(D(2021, 2, 10)), transcript, D(2025, 6, 1));
        Assert.Equal(NotCountedReason.UnknownCategory, Assert.Single(Act(result, "x").NotCounted).Reason);
        Assert.Equal(NotCountedReason.NeedsReview, Assert.Single(Act(result, "none").NotCounted).Reason);
    }

    [Fact]
    public void Self_study_counts_only_within_six_months_of_purchase()
    {
        LearningActivity Study(string id, LocalDate? purchased, LocalDate done) =>
            new(id, LearningActivityKind.SelfStudy, done) { Title = id, PurchasedOn = purchased, Credits = [Line(3, "general")] };
        var transcript = T(
            Study("in-time", D(2022, 1, 15), D(2022, 7, 15)),
            Study("late", D(2022, 1, 15), D(2022, 7, 16)),
            Study("undated", null, D(2022, 3, 1)));
        var result = Eval(Cma(D(2021, 2, 10)), transcript, D(2025, 6, 1));
        Assert.Equal(Units(3), Act(result, "in-time").CountedTotal);
        Assert.Equal(NotCountedReason.NotAccepted, Assert.Single(Act(result, "late").NotCounted).Reason);
        Assert.Equal(NotCountedReason.NeedsReview, Assert.Single(Act(result, "undated").NotCounted).Reason);
    }

    [Fact]
    public void Activities_after_the_as_of_date_do_not_count()
    {
        var result = Eval(Cma(D(2021, 2, 10)), T(Approved("future", D(2025, 6, 2), 5, "general")), D(2025, 6, 1));
        var part = Assert.Single(Act(result, "future").NotCounted);
        Assert.Equal(NotCountedReason.AfterAsOf, part.Reason);
        Assert.Equal("ceurules/as-of", part.RuleId);
    }

    [Fact]
    public void Duplicates_by_id_or_content_count_once_and_the_first_in_canonical_order_is_kept()
    {
        LearningActivity Course(string id, LocalDate on, string title, decimal points, string category) =>
            new(id, LearningActivityKind.Course, on) { Title = title, Credits = [Line(points, category)] };
        var kept = Course("x", D(2022, 1, 1), "CPR theory", 5, "general");
        var sameId = Course("x", D(2022, 2, 1), "Other", 3, "general");
        var sameContent = Course("y", D(2022, 1, 1), " cpr THEORY ", 5, "general");
        var distinct = Course("z", D(2022, 3, 1), "Something else", 4, "clinical");
        foreach (var order in new[] { new[] { kept, sameId, sameContent, distinct }, new[] { distinct, sameContent, sameId, kept } })
        {
            var result = Eval(Cma(D(2021, 2, 10)), T(order), D(2025, 6, 1));
            Assert.Equal(Units(9), Req(result, "total").Counted);
            Assert.Equal(Units(5), result.Activities.Single(a => a.ActivityId == "x" && a.Submitted == Units(5)).CountedTotal);
            var byId = Assert.Single(result.Activities.Single(a => a.ActivityId == "x" && a.Submitted == Units(3)).NotCounted);
            Assert.Equal(NotCountedReason.Duplicate, byId.Reason);
            Assert.Equal("ceurules/duplicate", byId.RuleId);
            Assert.Equal(NotCountedReason.Duplicate, Assert.Single(Act(result, "y").NotCounted).Reason);
        }
    }

    [Fact]
    public void From_2020_the_last_ce_day_is_ninety_days_after_expiration()
    {
        var result = Eval(Cma(D(2021, 2, 10)), Transcript.Empty, D(2025, 6, 1));
        Assert.Equal(D(2026, 2, 28), result.ExpiresOn);
        Assert.Equal(D(2026, 5, 29), result.LastCeDay);
        Assert.Same(AamaCma.From2020, result.Policy);
    }

    [Fact]
    public void Status_moves_from_in_progress_to_within_the_ce_time_limit_to_lapsed_to_the_day()
    {
        var certification = Cma(D(2021, 2, 10));
        Assert.Equal(CertificationStatus.InProgress, Eval(certification, Transcript.Empty, D(2026, 2, 28)).Status);
        Assert.Equal(CertificationStatus.WithinCeTimeLimit, Eval(certification, Transcript.Empty, D(2026, 3, 1)).Status);
        Assert.Equal(CertificationStatus.WithinCeTimeLimit, Eval(certification, Transcript.Empty, D(2026, 5, 29)).Status);
        var lapsed = Eval(certification, Transcript.Empty, D(2026, 5, 30));
        Assert.Equal(CertificationStatus.LapsedExamRequired, lapsed.Status);
        Assert.Equal("aama-cma/ce-time-limit", lapsed.StatusRule.RuleId);
        Assert.True(lapsed.Plan.IsEmpty);
    }

    [Fact]
    public void A_met_cycle_stays_met_within_the_ce_time_limit_and_lapses_after_it()
    {
        var start = D(2021, 2, 10);
        Assert.Equal(CertificationStatus.RequirementsMet, Eval(Cma(start), T(FullCycle(start)), D(2026, 5, 29)).Status);
        Assert.Equal(CertificationStatus.LapsedExamRequired, Eval(Cma(start), T(FullCycle(start)), D(2026, 5, 30)).Status);
    }

    [Theory]
    [InlineData(2012, 3, 15, 2017, 3, 31, 2020, 3, 30)] // expired before 2020 inside the 60-month limit: treated as expired 2019-12-31
    [InlineData(2014, 12, 1, 2019, 12, 31, 2020, 3, 30)]
    [InlineData(2009, 6, 1, 2014, 6, 30, 2019, 6, 30)] // its 60 months ran out before 2020: unaffected
    public void The_2020_transition_ends_the_old_limit_on_2020_03_30(int y, int m, int d, int ey, int em, int ed, int ly, int lm, int ld)
    {
        var result = Eval(Cma(D(y, m, d)), Transcript.Empty, D(2019, 1, 1));
        Assert.Equal(D(ey, em, ed), result.ExpiresOn);
        Assert.Equal(D(ly, lm, ld), result.LastCeDay);
        Assert.Same(AamaCma.Before2020, result.Policy);
    }

    [Theory]
    [InlineData("2010-02-15", "2015-02-28", "2020-03-30")]
    [InlineData("2016-02-29", "2021-02-28", "2021-05-29")]
    [InlineData("2015-02-01", "2020-02-29", "2020-05-29")]
    [InlineData("2019-01-31", "2024-01-31", "2024-04-30")]
    [InlineData("2021-02-10", "2026-02-28", "2026-05-29")]
    [InlineData("2012-03-15", "2017-03-31", "2020-03-30")]
    [InlineData("2009-06-01", "2014-06-30", "2019-06-30")]
    public void The_worked_examples_of_the_CMA_page_hold(string certified, string expires, string lastCeDay)
    {
        static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
        var result = Eval(Cma(Parse(certified)), Transcript.Empty, Parse(certified));
        Assert.Equal(Parse(expires), result.ExpiresOn);
        Assert.Equal(Parse(lastCeDay), result.LastCeDay);
    }

    [Fact]
    public void The_transition_is_named_as_the_rule_that_set_the_last_ce_day()
    {
        var result = Eval(Cma(D(2012, 3, 15)), Transcript.Empty, D(2020, 3, 31));
        Assert.Equal(CertificationStatus.LapsedExamRequired, result.Status);
        Assert.Equal("aama-cma/ce-time-limit-transition", result.StatusRule.RuleId);
    }

    [Fact]
    public void The_exam_route_deadlines_are_two_months_and_thirty_days_before_expiration()
    {
        var result = Eval(Cma(D(2021, 2, 10)), Transcript.Empty, D(2025, 6, 1));
        Assert.Equal(D(2025, 12, 28), result.Deadlines.Single(d => d.Kind == DeadlineKind.ExamPass).Date);
        Assert.Equal(D(2026, 1, 29), result.Deadlines.Single(d => d.Kind == DeadlineKind.ExamApplication).Date);
        Assert.Equal(D(2026, 5, 29), result.Deadlines.Single(d => d.Kind == DeadlineKind.LastCeDay).Date);
        Assert.Equal(272, result.Deadlines.Single(d => d.Kind == DeadlineKind.Expiration).DaysFromAsOf);
        Assert.Equal(result.Deadlines.OrderBy(d => d.Date), result.Deadlines);
    }

    [Fact]
    public void Three_failed_attempts_in_the_cycle_make_the_person_ineligible()
    {
        var certification = Cma(D(2018, 10, 20), true,
            new ExamAttempt(D(2017, 1, 1), false),
            new ExamAttempt(D(2024, 6, 1), false), new ExamAttempt(D(2024, 10, 5), false), new ExamAttempt(D(2025, 3, 15), false));
        var result = Eval(certification, Transcript.Empty, D(2025, 6, 1));
        Assert.Equal(CertificationStatus.Ineligible, result.Status);
        Assert.Equal(3, result.Exam!.FailedAttempts);
        Assert.Equal(0, result.Exam.AttemptsLeft);
        Assert.Empty(result.Fees);
    }

    [Fact]
    public void Failures_before_the_cycle_or_after_the_as_of_date_do_not_count()
    {
        var certification = Cma(D(2021, 2, 10), true,
            new ExamAttempt(D(2020, 6, 1), false), new ExamAttempt(D(2020, 9, 1), false),
            new ExamAttempt(D(2025, 1, 1), false), new ExamAttempt(D(2025, 7, 1), false));
        var result = Eval(certification, Transcript.Empty, D(2025, 6, 1));
        Assert.Equal(1, result.Exam!.FailedAttempts);
        Assert.Equal(2, result.Exam.AttemptsLeft);
        Assert.Contains(result.Notes, n => n.Code == "exam-attempt-after-as-of");
    }

    [Theory]
    [InlineData(true, 65)]
    [InlineData(false, 130)]
    public void The_ce_route_costs_the_member_or_non_member_fee(bool member, int dollars)
    {
        var fee = Assert.Single(Eval(Cma(D(2021, 2, 10), member), Transcript.Empty, D(2025, 6, 1)).Fees);
        Assert.Equal(Policies.FeeKind.CeRecertification, fee.Kind);
        Assert.Equal(Money.FromDollars(dollars), fee.Amount);
        Assert.False(fee.Rule.Source.Confirmed);
    }

    [Theory]
    [InlineData(true, 125)]
    [InlineData(false, 250)]
    public void A_lapsed_credential_pays_the_exam_fee_and_the_reactivation_fee(bool member, int examDollars)
    {
        var fees = Eval(Cma(D(2019, 3, 1), member), Transcript.Empty, D(2025, 6, 1)).Fees;
        Assert.Equal(new[] { Policies.FeeKind.Exam, Policies.FeeKind.Reactivation }, fees.Select(f => f.Kind));
        Assert.Equal(Money.FromDollars(examDollars), fees[0].Amount);
        Assert.Equal(Money.FromDollars(50), fees[1].Amount);
    }

    [Fact]
    public void The_plan_names_the_least_additional_credit_and_how_much_must_be_approved()
    {
        var start = D(2021, 2, 10);
        var transcript = T(
            Approved("g", D(2021, 3, 1), 14, "general"),
            Approved("c", D(2021, 4, 1), 6, "clinical"),
            NonApproved("n", D(2021, 5, 1), 30, "general", 3000));
        var result = Eval(Cma(start), transcript, D(2025, 6, 1));
        // 10 short in total, but 4 clinical and 10 administrative are needed: no total below 14 meets both.
        Assert.Equal(Units(14), result.Plan.Total);
        // 10 more approved points reach the approved minimum of 30; the other 4 may be non-approved clinical points,
        // which take the cap's room from non-approved general points that general does not need (14 approved already).
        Assert.Equal(Units(10), result.Plan.Approved);
        Assert.Equal(new[] { ("clinical", Units(4)), ("administrative", Units(10)) }, result.Plan.ByCategory.Select(n => (n.Category.Id, n.Amount)));
        Assert.Equal(D(2026, 2, 28), result.Plan.CompleteBy);
        Assert.Contains("10 AAMA points in total", result.StatusExplanation, System.StringComparison.Ordinal);
        Assert.Contains("10 points approved by the AAMA", result.StatusExplanation, System.StringComparison.Ordinal);
        Assert.Contains("4 AAMA points in the clinical category", result.StatusExplanation, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(40, 0)] // 40 approved and 30 non-approved general: non-approved clinical and administrative points can take the surplus room
    [InlineData(20, 10)] // 20 approved and 30 non-approved general: 10 approved for the minimum of 30
    public void The_plan_asks_for_no_more_approved_credit_than_any_completion_needs(int approvedGeneral, int approvedNeeded)
    {
        var start = D(2021, 2, 10);
        var transcript = T(
            Approved("g", D(2021, 3, 1), approvedGeneral, "general"),
            NonApproved("n", D(2021, 5, 1), 30, "general", 3000));
        var result = Eval(Cma(start), transcript, D(2025, 6, 1));
        Assert.Equal(Units(approvedNeeded), result.Plan.Approved);

        // And the plan's total suffices with only that much approved: 10 administrative (the approved part
        // approved, the rest not) and 10 non-approved clinical.
        Assert.Equal(Units(20), result.Plan.Total);
        var completed = transcript.Activities.Add(NonApproved("plan-c", D(2025, 5, 2), 10, "clinical", 600));
        if (approvedNeeded > 0)
        {
            completed = completed.Add(Approved("plan-a", D(2025, 5, 1), approvedNeeded, "administrative"));
        }
        if (approvedNeeded < 10)
        {
            completed = completed.Add(NonApproved("plan-n", D(2025, 5, 3), 10 - approvedNeeded, "administrative", 600));
        }
        var after = Eval(Cma(start), new Transcript(completed), D(2025, 6, 1));
        Assert.Equal(CertificationStatus.RequirementsMet, after.Status);
    }
}
