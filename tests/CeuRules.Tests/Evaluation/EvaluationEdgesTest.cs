using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>The evaluation's boundaries, one day at a time: exam attempts, notes, the annual fee, the order of deadlines, and the status sentences.</summary>
public sealed class EvaluationEdgesTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static readonly LocalDate Start = D(2021, 2, 10);

    private static ExamAttempt Failed(LocalDate on) => new(on, passed: false);

    private static ExamAttempt Passed(LocalDate on) => new(on, passed: true);

    private static CertificationEvaluation Cma(LocalDate asOf, params ExamAttempt[] attempts) =>
        Evaluator.Evaluate(Build.Cma(Start, true, attempts), Transcript.Empty, asOf);

    [Fact]
    public void A_failed_attempt_on_the_as_of_date_counts_and_one_the_day_after_does_not()
    {
        var asOf = D(2025, 6, 1);
        Assert.Equal(1, Cma(asOf, Failed(asOf)).Exam!.FailedAttempts);
        var later = Cma(asOf, Failed(asOf.PlusDays(1)));
        Assert.Equal(0, later.Exam!.FailedAttempts);
        Assert.Equal("exam-attempt-after-as-of", Assert.Single(later.Notes).Code);
        Assert.Equal("The exam attempt on 2025-06-02 is after the evaluation date, 2025-06-01, and is not taken into account.", later.Notes[0].Message);
    }

    [Fact]
    public void A_failure_on_the_certification_date_does_not_count_and_one_the_day_after_does()
    {
        var asOf = D(2025, 6, 1);
        Assert.Equal(0, Cma(asOf, Failed(Start)).Exam!.FailedAttempts);
        Assert.Equal(1, Cma(asOf, Failed(Start.PlusDays(1))).Exam!.FailedAttempts);
    }

    [Fact]
    public void A_pass_restarts_the_count_of_failures_from_its_day_if_it_is_not_after_the_as_of_date()
    {
        var asOf = D(2025, 6, 1);
        var pass = D(2024, 1, 10);
        var attempts = new[] { Failed(D(2023, 1, 1)), Failed(D(2023, 6, 1)), Passed(pass), Failed(pass), Failed(pass.PlusDays(1)) };
        var result = Cma(asOf, attempts);
        Assert.Equal(1, result.Exam!.FailedAttempts);
        Assert.Equal(2, result.Exam.AttemptsLeft);
        var note = Assert.Single(result.Notes);
        Assert.Equal("exam-passed-after-certification", note.Code);
        Assert.Equal("An exam was passed on 2024-01-10, after the certification date, 2021-02-10: if it recertified you, evaluate the new cycle from that date.", note.Message);

        // As of the day before the pass, the pass is in the future: the earlier failures count.
        var before = Cma(pass.PlusDays(-1), attempts);
        Assert.Equal(2, before.Exam!.FailedAttempts);
        // A pass on the as-of date itself counts.
        Assert.Equal(0, Cma(pass, Failed(D(2023, 1, 1)), Passed(pass)).Exam!.FailedAttempts);
    }

    [Fact]
    public void A_pass_on_the_certification_date_is_no_news()
    {
        Assert.Empty(Cma(D(2025, 6, 1), Passed(Start)).Notes);
    }

    [Fact]
    public void Three_failures_leave_no_route_and_say_so()
    {
        var result = Cma(D(2025, 6, 1), Failed(D(2022, 1, 1)), Failed(D(2022, 6, 1)), Failed(D(2023, 1, 1)));
        Assert.Equal(CertificationStatus.Ineligible, result.Status);
        Assert.Equal(0, result.Exam!.AttemptsLeft);
        Assert.Same(result.Exam.Rule, result.StatusRule);
        Assert.Equal("3 of 3 exam attempts failed: no route to recertify is left. What happens now: you cannot take the exam or recertify until you complete an accredited medical assisting program again.", result.StatusExplanation);
        Assert.Empty(result.Fees);
        Assert.True(result.Plan.IsEmpty);
    }

    [Fact]
    public void An_as_of_date_before_the_certification_is_noted_and_the_certification_date_itself_is_not()
    {
        var note = Assert.Single(Cma(Start.PlusDays(-1)).Notes);
        Assert.Equal("as-of-before-certification", note.Code);
        Assert.Equal("The evaluation date, 2021-02-09, is before the certification date, 2021-02-10.", note.Message);
        Assert.Empty(Cma(Start).Notes);
    }

    [Fact]
    public void The_status_sentences_name_their_dates_and_what_is_missing()
    {
        Assert.Equal(
            "Current until 2026-02-28 (today is the last day). You still need 60 AAMA points in total, 10 AAMA points in the general category, 10 AAMA points in the clinical category, 10 AAMA points in the administrative category and 30 points approved by the AAMA.",
            Cma(D(2026, 2, 28)).StatusExplanation);
        Assert.Equal(
            "Expired on 2026-02-28. The credit completed by 2026-02-28 falls short by 60 AAMA points in total, 10 AAMA points in the general category, 10 AAMA points in the clinical category, 10 AAMA points in the administrative category and 30 points approved by the AAMA, and credit completed after that day does not count for this cycle.",
            Cma(D(2026, 3, 1)).StatusExplanation);
        Assert.Equal("Lapsed: the time to recertify by CE ended on 2026-05-29; recertify by passing the exam (3 of 3 attempts left).", Cma(D(2026, 5, 30)).StatusExplanation);
        var met = Evaluator.Evaluate(Build.Cma(Start), T(FullCycle(Start)), D(2026, 2, 28));
        Assert.Equal("Current until 2026-02-28 (today is the last day). Every requirement is met.", met.StatusExplanation);
        Assert.Same(met.Policy.Requirements[0], met.StatusRule);
        var late = Evaluator.Evaluate(Build.Cma(Start), T(FullCycle(Start)), D(2026, 3, 1));
        Assert.Equal("Expired on 2026-02-28. Every requirement is met.", late.StatusExplanation);
    }

    [Fact]
    public void Without_a_ce_time_limit_a_met_cycle_says_recertify_by_expiration_and_deadlines_on_one_day_keep_their_kind_order()
    {
        var start = D(2022, 5, 1);
        var hours = Enumerable.Range(0, 10).Select(i => new LearningActivity("h" + i, LearningActivityKind.Course, start.PlusMonths(i + 1)) { Title = "Course " + i, DurationMinutes = 120 });
        var result = Evaluator.Evaluate(new Certification(Credential.NhaCcma, start), T(hours), D(2023, 6, 1));
        Assert.Equal(CertificationStatus.RequirementsMet, result.Status);
        Assert.Equal(result.ExpiresOn, result.LastCeDay);
        Assert.Equal($"Current until {result.ExpiresOn:uuuu'-'MM'-'dd} (10 months left). Every requirement is met.", result.StatusExplanation);
        Assert.Equal(NextAction.Apply, result.NextStep.Action);
        Assert.Equal(result.ExpiresOn, result.NextStep.By);
        Assert.Equal([DeadlineKind.Expiration, DeadlineKind.LastCeDay], result.Deadlines.Select(d => d.Kind).Take(2));
        Assert.All(result.Deadlines.Take(2), d => Assert.Equal(result.ExpiresOn, d.Date));
    }

    [Fact]
    public void The_annual_fee_is_due_by_the_end_of_the_anniversary_month_this_year_until_that_day_and_next_year_after_it()
    {
        var start = D(2022, 5, 2);
        LocalDate? Due(LocalDate asOf) => Evaluator.Evaluate(new Certification(Credential.AmtRma, start), Transcript.Empty, asOf)
            .Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.AnnualFee)?.Date;
        Assert.Equal(D(2023, 5, 31), Due(D(2023, 5, 31)));
        Assert.Equal(D(2024, 5, 31), Due(D(2023, 6, 1)));
        Assert.Equal(D(2023, 5, 31), Due(D(2023, 1, 1)));
        // Due while current, through the expiration day; not once expired.
        Assert.Equal(D(2025, 5, 31), Due(D(2025, 5, 1)));
        Assert.Null(Due(D(2025, 5, 2)));
    }
}
