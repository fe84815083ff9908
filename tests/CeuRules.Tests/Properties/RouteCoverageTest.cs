using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CeuRules.Tests.Properties;

/// <summary>
/// The route properties are only as good as the states their scenarios reach: a fixed sample of the
/// same generator must reach, for every credential, each next action, status and step its policy allows,
/// and the route states that only some policies have.
/// </summary>
public sealed class RouteCoverageTest
{
    [Fact]
    public void The_route_scenarios_reach_every_action_and_status_of_every_credential()
    {
        var reached = new HashSet<string>();
        foreach (var s in RouteGenerators.ScenarioGen(maxActivities: 12).Sample(600, new Rnd(20261207UL, 2411UL), 60))
        {
            var result = RouteGenerators.Evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf);
            reached.Add($"{s.Certification.Credential.Id} {result.NextStep.Action.ToId()}");
            reached.Add($"{s.Certification.Credential.Id} {result.Status.ToId()}");
            reached.Add($"{s.Certification.Credential.Id} {result.NextStep.Code}");
            reached.UnionWith(result.Routes.Select(r => $"{s.Certification.Credential.Id} {r.Route.ToId()} {r.Code}"));
        }
        string[] expected =
        [
            "aama-cma apply", "aama-cma earn-then-apply", "aama-cma exam", "aama-cma none",
            "aama-cma met", "aama-cma in-progress", "aama-cma within-ce-time-limit", "aama-cma lapsed-exam-required", "aama-cma ineligible",
            "aama-cma apply-while-expired", "aama-cma exam exam-without-lapse", "aama-cma ce ce-window-ended", "ncct-ncma exam exam-only-after-lapse", "aama-cma exam-open", "aama-cma exam-after-lapse",
            "amt-rma apply", "amt-rma earn-then-apply", "amt-rma reactivate", "amt-rma exam", "amt-rma earn-then-reactivate",
            "amt-rma met", "amt-rma in-progress", "amt-rma within-ce-time-limit", "amt-rma lapsed-exam-required",
            "nha-ccma apply", "nha-ccma earn-then-apply", "nha-ccma exam",
            "ncct-ncma apply", "ncct-ncma earn-then-apply", "ncct-ncma exam", "ncct-ncma apply-while-expired", "ncct-ncma earn-then-apply-while-expired",
            "example-clinic-ma apply", "example-clinic-ma earn-then-apply", "example-clinic-ma none", "example-clinic-ma exam",
            "example-clinic-ce apply", "example-clinic-ce earn-then-apply", "example-clinic-ce exam",
            "example-registry-ma apply", "example-registry-ma earn-then-apply", "example-registry-ma reactivate", "example-registry-ma earn-then-reactivate", "example-registry-ma exam",
            "example-board-ma apply", "example-board-ma earn-then-apply", "example-board-ma none", "example-board-ma no-route-can-succeed", "example-clinic-ma no-route-can-succeed", "example-board-ma exam",
        ];
        var missing = expected.Where(e => !reached.Contains(e)).ToList();
        Assert.True(missing.Count == 0, $"not reached: {string.Join(", ", missing)}\nreached: {string.Join(", ", reached.Order())}");
    }
}
