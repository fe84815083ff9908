using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>What an evaluation derives from its own parts: the next deadline, whether every minimum is met, a route by kind, and its one-line form.</summary>
public sealed class CertificationEvaluationTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static readonly Certification Certified = Cma(D(2021, 2, 10));

    [Fact]
    public void The_next_deadline_is_the_first_that_still_applies_and_none_once_none_does()
    {
        // In progress on 2025-06-01: the exam's dates come first, and still apply.
        var inProgress = Evaluator.Evaluate(Certified, Transcript.Empty, D(2025, 6, 1));
        Assert.Equal(DeadlineKind.ExamPass, inProgress.NextDeadline!.Kind);
        Assert.Equal(D(2025, 12, 28), inProgress.NextDeadline.Date);

        // After the exam's dates, the first deadline in date order no longer applies: the next is the expiration.
        var late = Evaluator.Evaluate(Certified, Transcript.Empty, D(2026, 2, 1));
        Assert.False(late.Deadlines[0].Applies);
        Assert.Equal(DeadlineKind.Expiration, late.NextDeadline!.Kind);

        // Lapsed: nothing applies.
        var lapsed = Evaluator.Evaluate(Certified, Transcript.Empty, D(2026, 5, 30));
        Assert.DoesNotContain(lapsed.Deadlines, d => d.Applies);
        Assert.Null(lapsed.NextDeadline);
    }

    [Fact]
    public void Requirements_are_met_only_when_every_minimum_is()
    {
        var start = D(2021, 2, 10);
        Assert.True(Evaluator.Evaluate(Certified, T(FullCycle(start)), D(2025, 6, 1)).RequirementsMet);
        // Without the administrative points every other minimum but that one and the total is met.
        var short10 = Evaluator.Evaluate(Certified, T(FullCycle(start).Where(a => a.Id != "a")), D(2025, 6, 1));
        Assert.Contains(short10.Requirements, r => r.IsMet);
        Assert.False(short10.RequirementsMet);
    }

    [Fact]
    public void A_route_the_evaluation_has_is_found_by_its_kind_and_one_it_lacks_is_null()
    {
        var result = Evaluator.Evaluate(Certified, Transcript.Empty, D(2025, 6, 1));
        Assert.Equal(RecertificationRoute.Exam, result.RouteOf(RecertificationRoute.Exam)!.Route);
        Assert.Equal(RecertificationRoute.ContinuingEducation, result.RouteOf(RecertificationRoute.ContinuingEducation)!.Route);
        Assert.Null(result.RouteOf(RecertificationRoute.Reactivation));
    }

    [Fact]
    public void Its_one_line_form_names_the_credential_status_and_expiration()
    {
        var result = Evaluator.Evaluate(Certified, Transcript.Empty, D(2025, 6, 1));
        Assert.Equal($"{Credential.AamaCma}: in-progress, expires 2026-02-28", result.ToString());
    }
}
