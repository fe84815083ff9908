using System;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Evaluation.Engine;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>The summary evaluation's contract: its figures, its arguments, and that it allocates nothing.</summary>
public sealed class SummaryTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static Transcript ShortOfClinical(LocalDate start) => T(
        Approved("ag", start.PlusMonths(1), 30, "general"),
        Approved("aa", start.PlusMonths(2), 10, "administrative"),
        Cpr("cpr-1", start.PlusMonths(3)),
        NonApproved("ng", start.PlusMonths(4), 40, "general", 3000),
        Approved("late", start.PlusYears(10), 5, "clinical"));

    [Fact]
    public void A_summary_says_what_is_missing_and_by_when()
    {
        var start = D(2021, 2, 10);
        var outcomes = new RequirementSummary[8];
        var summary = Evaluator.Summarize(Cma(start), ShortOfClinical(start), D(2025, 6, 1), outcomes);

        Assert.Equal(CertificationStatus.InProgress, summary.Status);
        Assert.Equal(D(2026, 2, 28), summary.ExpiresOn);
        Assert.Equal(D(2026, 2, 28), summary.CompleteBy);
        Assert.Equal(D(2026, 5, 29), summary.LastCeDay);
        Assert.Equal(D(2025, 12, 28), summary.ExamPassBy);
        Assert.Equal(D(2026, 1, 29), summary.ExamApplyBy);
        Assert.Equal(3, summary.ExamAttemptsLeft);
        Assert.Null(summary.AnnualFeeDue);
        // 30 + 10 approved and 4 for the CPR card (approved); 30 of the 40 non-approved under the cap.
        Assert.Equal(CreditAmount.FromUnits(74), summary.Counted);
        Assert.Equal(CreditAmount.FromUnits(44), summary.CountedApproved);
        Assert.False(summary.RequirementsMet);
        Assert.Equal(7, summary.RequirementCount);
        Assert.Equal(
            ["total short 0", "category:general short 0", "category:clinical short 6", "category:administrative short 0", "approved short 0", "cap:non-approved excluded 10", "cap:cpr excluded 0"],
            outcomes.Take(summary.RequirementCount).Select(o => o.ToString()));
        Assert.Equal(default, outcomes[7]);
        Assert.Equal(CreditAmount.FromUnits(6), summary.Needed);
        // The 30 non-approved general points counted are surplus (general is met by approved points), so
        // 6 non-approved clinical points would take their room under the cap: no approved credit is needed.
        Assert.Equal(CreditAmount.Zero, summary.NeededApproved);
    }

    [Fact]
    public void A_span_too_short_for_the_requirements_is_refused_with_the_length_it_needs()
    {
        var start = D(2021, 2, 10);
        var error = Assert.Throws<ArgumentException>(() => Evaluator.Summarize(Cma(start), Transcript.Empty, start, new RequirementSummary[3]));
        Assert.Equal("requirements", error.ParamName);
        Assert.Contains("has 3 places", error.Message, StringComparison.Ordinal);
        Assert.Contains("7 minimums and caps", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_are_checked()
    {
        var start = D(2021, 2, 10);
        Assert.Throws<ArgumentNullException>("certification", () => Evaluator.Summarize(null!, Transcript.Empty, start));
        Assert.Throws<ArgumentNullException>("transcript", () => Evaluator.Summarize(Cma(start), null!, start));
        Assert.Throws<ArgumentNullException>("prepared", () => Evaluator.Summarize((PreparedEvaluation)null!, start));
        var other = new CertificationEvaluator().Prepare(Cma(start), Transcript.Empty);
        Assert.Equal("prepared", Assert.Throws<ArgumentException>(() => Evaluator.Summarize(other, start)).ParamName);
        var unknown = new Certification(Credential.NhaCcma, start);
        var cmaOnly = new CertificationEvaluator(new PolicyCatalog(Policies.BuiltIn.AamaCma.Versions));
        Assert.Equal("certification", Assert.Throws<ArgumentException>(() => cmaOnly.Summarize(unknown, Transcript.Empty, start)).ParamName);
        Assert.Equal("certification", Assert.Throws<ArgumentException>(() => cmaOnly.Prepare(unknown, Transcript.Empty)).ParamName);
    }

    [Fact]
    public void The_default_summary_has_no_policy()
    {
        var summary = default(CertificationSummary);
        Assert.Throws<InvalidOperationException>(() => summary.Policy);
        Assert.Equal("(no summary)", summary.ToString());
        Assert.Equal(default, summary);
    }

    [Fact]
    public void Summaries_are_equal_when_every_member_is()
    {
        var start = D(2021, 2, 10);
        var a = Evaluator.Summarize(Cma(start), ShortOfClinical(start), D(2025, 6, 1));
        var b = Evaluator.Summarize(Evaluator.Prepare(Cma(start), ShortOfClinical(start)), D(2025, 6, 1));
        var later = Evaluator.Summarize(Cma(start), ShortOfClinical(start), D(2025, 6, 2));
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != later);
        Assert.False(a.Equals((object)later));
        Assert.Equal("aama-cma: in-progress, expires 2026-02-28, 6 more needed, next earn-then-apply by 2026-02-28", a.ToString());
    }

    [Fact]
    public void A_prepared_summary_allocates_nothing_and_a_one_shot_summary_nothing_once_warm()
    {
        var start = D(2021, 2, 10);
        var certification = Cma(start);
        var transcript = T(FullCycle(start).Concat(ShortOfClinical(start).Activities));
        var prepared = Evaluator.Prepare(certification, transcript);
        var outcomes = new RequirementSummary[prepared.RequirementCount];
        Evaluator.Summarize(prepared, D(2025, 6, 1), outcomes);
        Evaluator.Summarize(certification, transcript, D(2025, 6, 1), outcomes);

        long before = GC.GetAllocatedBytesForCurrentThread();
        var fromPrepared = Evaluator.Summarize(prepared, D(2025, 6, 2), outcomes);
        var oneShot = Evaluator.Summarize(certification, transcript, D(2025, 6, 2), outcomes);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(fromPrepared, oneShot);
        Assert.Equal(CertificationStatus.RequirementsMet, oneShot.Status);
    }

    [Fact]
    public void A_thread_lets_go_of_a_large_transcript_and_of_the_last_explanations_after_evaluating()
    {
        var start = D(2021, 2, 10);
        var large = T(Enumerable.Range(0, Workspace.KeptActivities + 1).Select(i => Approved("a" + i, start.PlusDays(i % 1500), 1, "general")));
        var result = Evaluator.Evaluate(Cma(start), large, D(2025, 6, 1));
        Assert.Equal(Workspace.KeptActivities + 1, result.Activities.Length);
        Assert.True(Workspace.Current.Compiled.Entries.Length <= Workspace.KeptActivities);

        var refusedWhenCompiled = Approved("odd", start.PlusMonths(5), 2, "nursing");
        var small = Evaluator.Evaluate(Cma(start), T(refusedWhenCompiled), D(2025, 6, 1));
        Assert.Equal(NotCountedReason.UnknownCategory, Assert.Single(small.Activities[0].NotCounted).Reason);
        Assert.Empty(Workspace.Current.Compiled.Refusals);
        Assert.Empty(Workspace.Current.Compiled.Notes);
    }
}
