using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// Which activity's credit counts under the CMA's caps (RULES.md CMA, "approved minimum", "choosing what counts"
/// and "CPR cards"): non-approved points over the cap of 30 are dropped where dropping them hurts no minimum,
/// after the credit each category short of its minimum needs, and the latest in canonical order; an activity
/// that counts in full shows no refusal.
/// </summary>
public sealed class AllocationTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static readonly LocalDate Start = D(2021, 2, 10);

    private static CertificationEvaluation Evaluate(params LearningActivity[] activities) =>
        Evaluator.Evaluate(Cma(Start), T(activities), D(2025, 6, 1));

    [Fact]
    public void Non_approved_points_over_the_cap_are_refused_from_the_latest_activity_and_the_others_count_in_full()
    {
        // 20 general (earliest), 20 clinical, 20 general (latest), all non-approved, 60 minutes each point's worth:
        // the cap of 30 takes 10 general and 10 clinical for their minimums, then 10 more in canonical order.
        var result = Evaluate(
            NonApproved("general-early", D(2022, 1, 5), 20, "general", 1200),
            NonApproved("clinical", D(2022, 6, 5), 20, "clinical", 1200),
            NonApproved("general-late", D(2023, 1, 5), 20, "general", 1200));

        var early = result.Activities[0];
        Assert.Equal(CreditAmount.FromUnits(20), early.CountedTotal);
        Assert.Empty(early.NotCounted);

        var clinical = result.Activities[1];
        Assert.Equal(CreditAmount.FromUnits(10), clinical.CountedTotal);
        var clinicalOver = Assert.Single(clinical.NotCounted);
        Assert.Equal((DecisionCodes.NonApprovedOverCap, CreditAmount.FromUnits(10)), (clinicalOver.Code, clinicalOver.Amount));

        var late = result.Activities[2];
        Assert.Equal(CreditAmount.Zero, late.CountedTotal);
        var lateOver = Assert.Single(late.NotCounted);
        Assert.Equal((DecisionCodes.NonApprovedOverCap, CreditAmount.FromUnits(20)), (lateOver.Code, lateOver.Amount));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Of_two_non_approved_activities_of_one_day_the_cap_refuses_the_later_in_canonical_order_whatever_the_transcript_order(bool reversed)
    {
        // The approved 30 meet every minimum, so the cap's 30 go in canonical order: on one day, by id.
        var day = D(2023, 4, 4);
        LearningActivity[] sameDay = [NonApproved("a", day, 20, "general", 1200), NonApproved("b", day, 20, "general", 1200)];
        LearningActivity[] approved = [Approved("g", D(2022, 1, 1), 10, "general"), Approved("c", D(2022, 1, 2), 10, "clinical"), Approved("ad", D(2022, 1, 3), 10, "administrative")];
        var result = Evaluate([.. approved, .. reversed ? sameDay.Reverse() : sameDay]);

        var a = result.Activities.Single(d => d.ActivityId == "a");
        var b = result.Activities.Single(d => d.ActivityId == "b");
        Assert.Equal(CreditAmount.FromUnits(20), a.CountedTotal);
        Assert.Empty(a.NotCounted);
        Assert.Equal(CreditAmount.FromUnits(10), b.CountedTotal);
        Assert.Equal((DecisionCodes.NonApprovedOverCap, CreditAmount.FromUnits(10)), (Assert.Single(b.NotCounted).Code, b.NotCounted[0].Amount));
    }
}
