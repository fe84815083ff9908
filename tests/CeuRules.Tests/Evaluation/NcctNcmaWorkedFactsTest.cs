using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>The NCMA (NCCT) rules of RULES.md, one worked fact at a time.</summary>
public sealed class NcctNcmaWorkedFactsTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static Certification Ncma(LocalDate on, params ExamAttempt[] attempts) => new(Credential.NcctNcma, on) { ExamAttempts = [.. attempts] };

    private static CertificationEvaluation Eval(LocalDate certifiedOn, LocalDate asOf, params LearningActivity[] activities) =>
        Evaluator.Evaluate(Ncma(certifiedOn), T(activities), asOf);

    private static LearningActivity Timed(string id, LocalDate on, int minutes, LearningActivityKind? kind = null, string? title = null) =>
        new(id, kind ?? LearningActivityKind.Course, on) { Title = title ?? "Course " + id, DurationMinutes = minutes };

    [Fact]
    public void A_cycle_is_a_year_of_14_clock_hours()
    {
        var result = Eval(D(2026, 2, 1), D(2026, 3, 1));
        Assert.Equal(D(2027, 1, 31), result.ExpiresOn);
        Assert.Equal(CreditAmount.FromUnits(14), Assert.Single(result.Requirements).Required);
        Assert.Equal(FeeKind.CeRecertification, Assert.Single(result.Fees).Kind);
        Assert.Equal(Money.FromDollars(77), result.Fees[0].Amount);
    }

    [Fact]
    public void Clock_hours_are_the_real_time_spent_even_when_contact_hours_are_stated()
    {
        var course = new LearningActivity("c", LearningActivityKind.Course, D(2026, 3, 1))
        {
            DurationMinutes = 90,
            Credits = [Line(2, null!, unit: CreditUnit.ContactHour)],
        };
        var result = Eval(D(2026, 2, 1), D(2026, 4, 1), course);
        Assert.Equal(CreditAmount.FromDecimal(1.5m), result.Activities[0].CountedTotal);
    }

    [Fact]
    public void Twelve_activities_of_70_minutes_are_exactly_14_clock_hours()
    {
        var activities = System.Linq.Enumerable.Range(1, 12).Select(i => Timed("t" + i, D(2026, 3, i), 70)).ToArray();
        var result = Eval(D(2026, 2, 1), D(2026, 4, 1), activities);
        Assert.Equal(CreditAmount.FromUnits(14), result.Requirements[0].Counted);
        Assert.Equal(CreditAmount.FromFraction(7, 6), result.Activities[0].CountedTotal);
        Assert.Equal(CertificationStatus.RequirementsMet, result.Status);
    }

    [Fact]
    public void Clock_hours_stated_beyond_the_documented_time_are_over_the_cap()
    {
        var course = new LearningActivity("c", LearningActivityKind.Course, D(2026, 3, 1)) { DurationMinutes = 60, Credits = [Line(3, null!, unit: CreditUnit.ClockHour)] };
        var decision = Eval(D(2026, 2, 1), D(2026, 4, 1), course).Activities[0];
        Assert.Equal(CreditAmount.FromUnits(1), decision.CountedTotal);
        var refused = Assert.Single(decision.NotCounted);
        Assert.Equal((NotCountedReason.OverCap, "ncct-ncma/duration", CreditAmount.FromUnits(2)), (refused.Reason, refused.RuleId, refused.Amount));
    }

    [Fact]
    public void Outside_ce_counts_from_1_january_of_the_year_before_the_recertification_year()
    {
        // Recertifying in 2027 (expiration 2027-01-31): CE from 2026-01-01 counts, even before the certification date.
        var result = Eval(D(2026, 2, 1), D(2026, 11, 23), Timed("old", D(2025, 12, 31), 600), Timed("new", D(2026, 1, 1), 600));
        Assert.Equal(new DateInterval(D(2026, 1, 1), D(2027, 1, 31)), result.Window);
        Assert.Equal(NotCountedReason.OutsideWindow, Assert.Single(result.Activities[0].NotCounted).Reason);
        Assert.Equal(CreditAmount.FromUnits(10), result.Activities[1].CountedTotal);
    }

    [Theory]
    [InlineData("cpr-card")]
    [InlineData("bls-card")]
    [InlineData("first-aid-card")]
    [InlineData("renewable-certification")]
    public void Certifications_that_need_periodic_renewal_are_not_accepted(string kind)
    {
        var card = new LearningActivity("card", new LearningActivityKind(kind), D(2026, 3, 1)) { DurationMinutes = 240, ValidMonths = 24 };
        var refused = Assert.Single(Eval(D(2026, 2, 1), D(2026, 4, 1), card).Activities[0].NotCounted);
        Assert.Equal((NotCountedReason.NotAccepted, "ncct-ncma/not-accepted"), (refused.Reason, refused.RuleId));
        Assert.Equal(CreditAmount.FromUnits(4), refused.Amount);
    }

    [Fact]
    public void Recurring_employer_training_counts_once_per_5_years()
    {
        var result = Eval(D(2026, 2, 1), D(2026, 11, 23),
            Timed("hipaa-2022", D(2022, 3, 1), 60, LearningActivityKind.EmployerTraining, "HIPAA"),
            Timed("hipaa-2026", D(2026, 3, 1), 60, LearningActivityKind.EmployerTraining, " hipaa"),
            Timed("bbp-2026", D(2026, 3, 2), 60, LearningActivityKind.EmployerTraining, "Bloodborne pathogens"));
        var repeat = Assert.Single(result.Activities[1].NotCounted);
        Assert.Equal((NotCountedReason.NotAccepted, "ncct-ncma/recurring-training"), (repeat.Reason, repeat.RuleId));
        Assert.Contains("already completed on 2022-03-01", repeat.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("hipaa-2022", repeat.Message, System.StringComparison.Ordinal);
        Assert.Contains(new DecisionArgument("repeatedActivityId", "hipaa-2022"), repeat.Arguments);
        Assert.Equal(CreditAmount.FromUnits(1), result.Activities[2].CountedTotal);

        // Five years on, the same training counts again.
        var later = Eval(D(2027, 2, 1), D(2027, 11, 23),
            Timed("hipaa-2022", D(2022, 3, 1), 60, LearningActivityKind.EmployerTraining, "HIPAA"),
            Timed("hipaa-2027", D(2027, 3, 1), 60, LearningActivityKind.EmployerTraining, "HIPAA"));
        Assert.Equal(CreditAmount.FromUnits(1), later.Activities[1].CountedTotal);
    }

    [Fact]
    public void Unmet_for_5_years_the_credential_is_lost_and_the_exam_is_required()
    {
        var start = D(2020, 2, 1); // expired 2021-01-31
        var late = Eval(start, D(2026, 1, 31), Timed("a", D(2025, 6, 1), 14 * 60));
        Assert.Equal(CertificationStatus.RequirementsMet, late.Status);
        Assert.Equal(new DateInterval(D(2025, 1, 1), D(2026, 1, 31)), late.Window);
        Assert.Equal(CertificationStatus.LapsedExamRequired, Eval(start, D(2026, 2, 1)).Status);
    }

    [Fact]
    public void Four_failed_exam_attempts_leave_no_route()
    {
        var attempts = new[] { D(2026, 3, 1), D(2026, 4, 1), D(2026, 5, 1), D(2026, 6, 1) }.Select(d => new ExamAttempt(d, false)).ToArray();
        var result = Evaluator.Evaluate(Ncma(D(2026, 2, 1), attempts), Transcript.Empty, D(2026, 7, 1));
        Assert.Equal(CertificationStatus.Ineligible, result.Status);
        Assert.Equal(4, result.Exam!.MaxAttempts);
        Assert.Equal(CertificationStatus.InProgress, Evaluator.Evaluate(Ncma(D(2026, 2, 1), attempts[..3]), Transcript.Empty, D(2026, 7, 1)).Status);
    }
}
