using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// The facts a reactivation that can still succeed states, as docs/formats.md lists them: the route's state
/// (<c>reactivation-can-succeed</c>: <c>lastDay</c>, <c>windowStart</c>, <c>lookback</c>) and the step
/// (<c>earn-then-reactivate</c>: <c>applyBy</c>, <c>windowStart</c>, <c>lookback</c>, <c>needed</c>).
/// </summary>
public sealed class RouteReadTest
{
    [Fact]
    public void A_reactivation_that_can_succeed_states_its_last_day_window_start_and_lookback_and_its_step_adds_what_is_needed()
    {
        // Certified 2018-03-15: expired 2021-03-14, reactivation through 2031-03-14. On 2023-06-01 the RMA's rolling
        // three years hold none of the 30 points earned on 2019-05-01.
        var certification = new Certification(Credential.AmtRma, D(2018, 3, 15)) { IsMember = true };
        var points = new LearningActivity("a", LearningActivityKind.Course, D(2019, 5, 1))
        {
            Title = "CCP a",
            Credits = [Line(30, null!, approved: false, unit: CreditUnit.AmtCcpPoint)],
        };
        var result = new CertificationEvaluator().Evaluate(certification, T(points), D(2023, 6, 1));
        var windowStart = result.Window.Start;
        Assert.True(windowStart > D(2019, 5, 1));

        var route = result.RouteOf(RecertificationRoute.Reactivation)!;
        Assert.Equal(RouteCodes.ReactivationCanSucceed, route.Code);
        Assert.Equal(
            [new DecisionArgument("lastDay", D(2031, 3, 14)), new DecisionArgument("windowStart", windowStart), new DecisionArgument("lookback", Period.FromYears(3))],
            route.Arguments.ToArray());

        var step = result.NextStep;
        Assert.Equal(RouteCodes.EarnThenReactivate, step.Code);
        Assert.Equal(
            [new DecisionArgument("applyBy", D(2031, 3, 14)), new DecisionArgument("windowStart", windowStart), new DecisionArgument("lookback", Period.FromYears(3)),
                new DecisionArgument("needed", new Credit(CreditAmount.FromUnits(30), CreditUnit.AmtCcpPoint))],
            step.Arguments.ToArray());
    }
}
