using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// What the evaluator adds around the engine's verdict, one day at a time: the reliability findings on the
/// certification date (docs/formats.md, "Reliability of a result"), and whether each deadline still applies: it is
/// the as-of date or later and its route is open and can still succeed (docs/formats.md, deadlines).
/// </summary>
public sealed class CertificationEvaluatorTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static CertificationEvaluation Evaluate(LocalDate certifiedOn, LocalDate asOf, System.Collections.Generic.IEnumerable<LearningActivity>? activities = null) =>
        Evaluator.Evaluate(Build.Cma(certifiedOn), activities is null ? Transcript.Empty : T(activities), asOf);

    [Fact]
    public void A_certification_dated_on_the_as_of_date_is_reliable_and_one_dated_the_day_after_is_not()
    {
        var asOf = D(2024, 6, 1);
        var sameDay = Evaluate(asOf, asOf);
        Assert.Empty(sameDay.Findings);
        Assert.True(sameDay.IsReliable);

        var dayAfter = Evaluate(asOf.PlusDays(1), asOf);
        var finding = Assert.Single(dayAfter.Findings);
        Assert.Equal("certified-after-as-of", finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("certifiedOn", finding.Path);
        Assert.False(dayAfter.IsReliable);
    }

    [Fact]
    public void A_certification_dated_1900_01_01_is_plausible_and_one_dated_the_day_before_is_not()
    {
        var asOf = D(2024, 6, 1);
        Assert.Empty(Evaluate(D(1900, 1, 1), asOf).Findings);

        var finding = Assert.Single(Evaluate(D(1899, 12, 31), asOf).Findings);
        Assert.Equal("implausible-certification-date", finding.Code);
        Assert.Equal("1900-01-01", finding.Arguments["earliest"]);
    }

    [Fact]
    public void A_certification_before_1900_and_after_the_as_of_date_has_both_findings()
    {
        var both = Evaluate(D(1899, 12, 31), D(1899, 12, 30));
        Assert.Equal(["implausible-certification-date", "certified-after-as-of"], both.Findings.Select(f => f.Code));
        Assert.False(both.IsReliable);
    }

    private static Deadline Dl(CertificationEvaluation result, DeadlineKind kind) => result.Deadlines.Single(d => d.Kind == kind);

    [Fact]
    public void The_last_ce_day_applies_on_that_very_day_while_the_ce_route_can_succeed()
    {
        // Certified 2021-02-10: expires 2026-02-28, last CE day 2026-05-29. Met, so the CE route can succeed through it.
        var start = D(2021, 2, 10);
        var onTheDay = Evaluate(start, D(2026, 5, 29), FullCycle(start));
        Assert.Equal(D(2026, 5, 29), Dl(onTheDay, DeadlineKind.LastCeDay).Date);
        Assert.True(Dl(onTheDay, DeadlineKind.LastCeDay).Applies);
        Assert.Equal(0, Dl(onTheDay, DeadlineKind.LastCeDay).DaysFromAsOf);
        Assert.False(Dl(Evaluate(start, D(2026, 5, 30), FullCycle(start)), DeadlineKind.LastCeDay).Applies);
    }

    [Fact]
    public void Without_a_ce_time_limit_the_last_ce_day_is_the_expiration_and_only_the_expiration_applies()
    {
        // The CCMA has no CE time limit: its last CE day is its expiration, which is the deadline that applies.
        var result = Evaluator.Evaluate(new Certification(Credential.NhaCcma, D(2024, 5, 20)), Transcript.Empty, D(2025, 5, 1));
        Assert.Equal(result.ExpiresOn, Dl(result, DeadlineKind.LastCeDay).Date);
        Assert.True(Dl(result, DeadlineKind.Expiration).Applies);
        Assert.False(Dl(result, DeadlineKind.LastCeDay).Applies);
        Assert.Equal(DeadlineKind.Expiration, result.NextDeadline!.Kind);
    }

    [Fact]
    public void The_reactivation_fee_is_added_to_the_exam_fee_from_the_day_after_the_last_ce_day()
    {
        // Certified 2021-02-10, nothing earned: on the last CE day (2026-05-29) the exam is the way, with its fee
        // alone; from the next day the credential has lapsed and the $50 reactivation fee is added (RULES.md CMA).
        static string[] Fees(CertificationEvaluation result) => [.. result.Fees.Select(f => $"{f.Kind.ToId()} {f.Amount.Cents / 100}")];
        var start = D(2021, 2, 10);
        var lastCeDay = Evaluate(start, D(2026, 5, 29));
        Assert.Equal(NextAction.Exam, lastCeDay.NextStep.Action);
        Assert.Equal(["exam 125"], Fees(lastCeDay));
        Assert.Equal(["exam 125", "reactivation 50"], Fees(Evaluate(start, D(2026, 5, 30))));
    }

    [Fact]
    public void An_untitled_recurring_training_is_noted_only_when_it_passes_the_dates()
    {
        // The NCMA counts recurring employer training once per 5 years, by title: one without a title is noted as
        // such when it counts, and one completed after the as-of date is refused for that alone, without the note.
        static LearningActivity Untitled(string id, LocalDate on) => new(id, LearningActivityKind.EmployerTraining, on) { DurationMinutes = 120 };
        var result = Evaluator.Evaluate(new Certification(Credential.NcctNcma, D(2026, 2, 1)), T(Untitled("in", D(2026, 3, 1)), Untitled("late", D(2026, 7, 1))), D(2026, 6, 1));

        var counted = result.Activities[0];
        Assert.True(counted.CountedTotal > CreditAmount.Zero);
        Assert.Equal([DecisionCodes.UntitledRecurring], counted.Notes.Select(n => n.Code).Where(c => c == DecisionCodes.UntitledRecurring));

        var late = result.Activities[1];
        Assert.Equal(DecisionCodes.AfterAsOf, Assert.Single(late.NotCounted).Code);
        Assert.DoesNotContain(late.Notes, n => n.Code == DecisionCodes.UntitledRecurring);
    }

    [Fact]
    public void Where_the_exam_application_is_due_before_the_pass_date_it_applies_on_its_own_day_and_not_after()
    {
        // The clinic's policy with an exam route: apply 30 days and pass 10 days before expiration. Certified
        // 2024-03-01, expires 2025-02-28: apply by 2025-01-29, pass by 2025-02-18.
        var memo = new RuleSource("Example Clinic memo: competency exam");
        var withExam = TestPolicies.Custom[0].Revise("2020", D(2020, 1, 1), "competency exam",
            [new ExamRoute("example-clinic-ma/exam", memo, 3, Period.FromDays(10), Period.FromDays(30), "No attempt is left.")]);
        var evaluator = new CertificationEvaluator(new PolicyCatalog([TestPolicies.Custom[0], withExam]));
        var certification = new Certification(TestPolicies.ClinicCredential, D(2024, 3, 1));

        var onTheDay = evaluator.Evaluate(certification, Transcript.Empty, D(2025, 1, 29));
        Assert.Equal(D(2025, 1, 29), Dl(onTheDay, DeadlineKind.ExamApplication).Date);
        Assert.True(Dl(onTheDay, DeadlineKind.ExamApplication).Applies);
        Assert.True(Dl(onTheDay, DeadlineKind.ExamPass).Applies);
        Assert.Equal(DeadlineKind.ExamApplication, onTheDay.NextDeadline!.Kind);

        var dayAfter = evaluator.Evaluate(certification, Transcript.Empty, D(2025, 1, 30));
        Assert.False(Dl(dayAfter, DeadlineKind.ExamApplication).Applies);
        Assert.False(Dl(dayAfter, DeadlineKind.ExamPass).Applies);
    }

    [Fact]
    public void Each_finding_keeps_its_own_boundary_when_the_other_applies()
    {
        // Certified on 1900-01-01, evaluated the day before: after the as-of date, yet plausible.
        Assert.Equal(["certified-after-as-of"], Evaluate(D(1900, 1, 1), D(1899, 12, 31)).Findings.Select(f => f.Code));
        // Certified before 1900, evaluated that very day: implausible, yet not after the as-of date.
        Assert.Equal(["implausible-certification-date"], Evaluate(D(1899, 12, 31), D(1899, 12, 31)).Findings.Select(f => f.Code));
    }

    [Fact]
    public void An_exam_attempt_on_the_as_of_date_is_no_news_nor_is_an_evaluation_on_the_certification_date()
    {
        var start = D(2021, 2, 10);
        var result = Evaluator.Evaluate(Build.Cma(start, true, new ExamAttempt(start, passed: true)), Transcript.Empty, start);
        Assert.Empty(result.Notes);
        var failedToday = Evaluator.Evaluate(Build.Cma(start, true, new ExamAttempt(D(2025, 6, 1), passed: false)), Transcript.Empty, D(2025, 6, 1));
        Assert.Empty(failedToday.Notes);
    }
}
