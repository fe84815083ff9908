using System;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using FsCheck;
using FsCheck.Xunit;
using NodaTime;

namespace CeuRules.Tests.Properties;

/// <summary>
/// The routes and the next step (RULES.md, "Routes and the next step") over every built-in policy
/// (all versions), a custom policy with a CE time limit and no exam (C#), one read from JSON, one with
/// reactivation (JSON) and one whose exam is a way back only after a lapse (C#): generated
/// certifications, transcripts (half of them completed by their plan), exam attempts and as-of dates
/// before, during and long after the cycle. Each property states one sentence of the rule and fails
/// with the scenario and the decision that broke it.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RouteGenerators) }, MaxTest = 100)]
public sealed class RouteProperties
{
    private static CertificationEvaluator Evaluator => RouteGenerators.Evaluator;

    private static CertificationEvaluation Eval(Scenario s) => Evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf);

    private static RouteState? Route(CertificationEvaluation result, RecertificationRoute route) => result.Routes.FirstOrDefault(r => r.Route == route);

    /// <summary>The day to apply by CE: expiration while current, else the CE route's last day (RULES.md, next step rule 2).</summary>
    private static LocalDate? ApplyBy(CertificationEvaluation result) =>
        result.AsOf <= result.ExpiresOn ? result.ExpiresOn : Route(result, RecertificationRoute.ContinuingEducation)!.LastDay;

    private static string Show(Scenario s, CertificationEvaluation result) =>
        $"{s}\n  status {result.Status.ToId()}, expires {result.ExpiresOn:uuuu-MM-dd}, last CE day {result.LastCeDay:uuuu-MM-dd}, window {result.Window}, plan {result.Plan}"
        + $"\n  next {result.NextStep} [{result.NextStep.Code}: {string.Join(", ", result.NextStep.Arguments)}]"
        + $"\n  routes {string.Join("; ", result.Routes)}"
        + $"\n  deadlines {string.Join("; ", result.Deadlines.Select(d => $"{d.Kind} {d.Date:uuuu-MM-dd} route={d.Route} applies={d.Applies}"))}"
        + $"\n  fees {string.Join("; ", result.Fees)}";

    private static void Holds(bool condition, string what, Scenario s, CertificationEvaluation result)
    {
        if (!condition)
        {
            throw new Xunit.Sdk.XunitException($"{what}\n{Show(s, result)}");
        }
    }

    [Property]
    public void The_next_step_is_never_dated_before_the_as_of_date_and_counts_its_days(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        var step = result.NextStep;
        Holds(step.Action == NextAction.None || step.By is null || step.By >= s.AsOf, "the next step is dated before the as-of date", s, result);
        Holds(step.DaysFromAsOf == (step.By is { } by ? Period.DaysBetween(s.AsOf, by) : null), "DaysFromAsOf is not the days to By", s, result);
        Holds(step.Action == NextAction.None ? step.Route is null : step.Route is not null, "a step names a route exactly when it is not none", s, result);
        Holds(step.Action is NextAction.Apply or NextAction.EarnThenApply or NextAction.Reactivate ? step.By is not null : true,
            "applying or reactivating has no date", s, result);
    }

    [Property]
    public void Apply_exactly_when_every_requirement_is_met_and_the_ce_route_is_open(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        var ce = Route(result, RecertificationRoute.ContinuingEducation)!;
        bool metAndOpen = result.RequirementsMet && result.Requirements.All(r => r.IsMet) && ce.IsOpen;
        Holds((result.NextStep.Action == NextAction.Apply) == metAndOpen, "apply is not exactly 'met and the CE route open'", s, result);
        Holds(result.NextStep.Action != NextAction.Apply || result.NextStep.By == ApplyBy(result),
            "apply is not due by expiration while current, else by the last CE day", s, result);
    }

    [Property]
    public void Earn_then_apply_only_when_the_ce_route_can_succeed_and_completing_the_plan_makes_it_met(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        if (result.NextStep.Action != NextAction.EarnThenApply)
        {
            return;
        }
        var ce = Route(result, RecertificationRoute.ContinuingEducation)!;
        Holds(ce.IsOpen && ce.CanSucceed && !result.RequirementsMet && !result.Plan.IsEmpty, "earn-then-apply on a CE route that cannot succeed, or met", s, result);
        Holds(result.Plan.CompleteBy >= s.AsOf, "the plan is to be earned before the as-of date", s, result);
        var completed = Completed(s, result);
        var after = Eval(completed);
        Holds(after.RequirementsMet && after.NextStep.Action == NextAction.Apply, $"completing the plan does not make the evaluation met and ready to apply: {after.NextStep} ({after.Status.ToId()})", completed, after);
        Holds(after.NextStep.By == ApplyBy(after),
            "applying after the plan is not due on the day earn-then-apply named", completed, after);
    }

    [Property]
    public void Reactivate_only_while_reactivation_is_open_and_completing_the_plan_makes_it_ready(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        if (result.NextStep.Action != NextAction.Reactivate)
        {
            return;
        }
        var reactivation = Route(result, RecertificationRoute.Reactivation);
        Holds(reactivation is { IsOpen: true, CanSucceed: true } && s.AsOf > result.ExpiresOn && s.AsOf <= result.LastCeDay,
            "reactivate while the reactivation route is not open", s, result);
        Holds(result.NextStep.Code == (result.RequirementsMet ? RouteCodes.Reactivate : RouteCodes.EarnThenReactivate), "reactivate's code does not follow the window's credit", s, result);
        if (result.RequirementsMet)
        {
            return;
        }
        var completed = Completed(s, result);
        var after = Eval(completed);
        Holds(after.RequirementsMet && after.NextStep.Action == NextAction.Reactivate && after.NextStep.Code == RouteCodes.Reactivate,
            "adding the plan does not leave the credential ready to reactivate", completed, after);
    }

    [Property]
    public void A_route_that_cannot_succeed_stays_unmet_however_much_is_earned_from_today_on(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        var ce = Route(result, RecertificationRoute.ContinuingEducation)!;
        if (ce.CanSucceed || !ce.IsOpen || result.RequirementsMet)
        {
            return;
        }
        // Ten times every minimum, approved, in every category, on the as-of date: still not met.
        var plenty = result.Requirements.Where(r => !r.IsCap).Select((r, i) =>
            RouteGenerators.Approved(result.Policy, "plenty" + i, s.AsOf, CreditAmount.FromUnits(10 * (int)Math.Ceiling(r.Required.Value)),
                r.Rule is CategoryMinimum m ? m.Category : result.Policy.Categories is { Required: true } c ? c.Categories[0] : null));
        var more = s with { Transcript = new Transcript(s.Transcript.Activities.AddRange(plenty)) };
        var after = Eval(more);
        Holds(!after.RequirementsMet, "a CE route said unable to succeed is met by credit earned on the as-of date", more, after);
    }

    [Property]
    public void None_exactly_when_no_route_is_open_or_none_can_succeed(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        bool anyOpen = result.Routes.Any(r => r.IsOpen && r.CanSucceed);
        Holds((result.NextStep.Action == NextAction.None) == !anyOpen, "none is not exactly 'no open route can succeed'", s, result);
        Holds(result.Routes.All(r => r.IsOpen || !r.CanSucceed), "a closed route can succeed", s, result);
        if (result.NextStep.Route is { } taken)
        {
            var state = Route(result, taken);
            Holds(state is { IsOpen: true, CanSucceed: true }, "the next step takes a route that is closed or cannot succeed", s, result);
            Holds(taken != RecertificationRoute.Exam || result.NextStep.By == state!.LastDay, "the exam step's date is not the exam route's last day", s, result);
            Holds(result.NextStep.By is null || state!.LastDay is null || result.NextStep.By <= state.LastDay, "the next step is due after its route's last day", s, result);
        }
        // RULES.md's order: the CE route first (apply, then earn-then-apply), then the exam, then reactivation.
        var ce = Route(result, RecertificationRoute.ContinuingEducation)!;
        var exam = Route(result, RecertificationRoute.Exam);
        var expected = !anyOpen ? NextAction.None
            : ce.IsOpen && result.RequirementsMet ? NextAction.Apply
            : ce.CanSucceed ? NextAction.EarnThenApply
            : exam is { IsOpen: true } ? NextAction.Exam
            : NextAction.Reactivate;
        Holds(result.NextStep.Action == expected, $"the next step is not the first that applies ({expected.ToId()})", s, result);
    }

    [Property]
    public void No_deadline_that_applies_is_past_or_on_a_route_that_is_closed_or_cannot_succeed(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        foreach (var deadline in result.Deadlines.Where(d => d.Applies))
        {
            Holds(deadline.Date >= s.AsOf, $"{deadline.Kind} applies but has passed", s, result);
            Holds(deadline.Route is not { } route || Route(result, route) is { IsOpen: true, CanSucceed: true }, $"{deadline.Kind} applies on a route that is closed or cannot succeed", s, result);
            Holds(result.NextStep.Action != NextAction.None, $"{deadline.Kind} applies though there is nothing to do", s, result);
        }
    }

    [Property]
    public void The_route_states_agree_with_the_status(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        var ce = Route(result, RecertificationRoute.ContinuingEducation)!;
        var exam = Route(result, RecertificationRoute.Exam);
        var reactivation = Route(result, RecertificationRoute.Reactivation);
        bool reactivates = result.Policy.CeTimeLimit.RouteAfterExpiration == RecertificationRoute.Reactivation;
        Holds(Route(result, RecertificationRoute.ContinuingEducation) is not null && (reactivation is not null) == reactivates
            && result.Routes.Select(r => r.Route).Distinct().Count() == result.Routes.Length, "the routes listed are not the policy's", s, result);
        switch (result.Status)
        {
            case CertificationStatus.RequirementsMet:
                Holds(ce is { IsOpen: true, CanSucceed: true } || reactivation is { IsOpen: true, CanSucceed: true }, "met, yet neither CE nor reactivation is open", s, result);
                break;
            case CertificationStatus.InProgress:
                Holds(s.AsOf <= result.ExpiresOn && ce is { IsOpen: true, CanSucceed: true } && result.NextStep.Action == NextAction.EarnThenApply,
                    "in progress, yet the CE route is not open and able to succeed", s, result);
                break;
            case CertificationStatus.WithinCeTimeLimit:
                Holds(s.AsOf > result.ExpiresOn && s.AsOf <= result.LastCeDay && (reactivates ? !ce.IsOpen && reactivation!.IsOpen : ce.IsOpen),
                    "within the CE time limit, yet the route after expiration is not open", s, result);
                break;
            case CertificationStatus.LapsedExamRequired:
                Holds(!ce.IsOpen && exam is { IsOpen: true, CanSucceed: true, LastDay: null } && reactivation is not { IsOpen: true } && result.NextStep.Action == NextAction.Exam,
                    "lapsed, yet the CE route is open or the exam is not", s, result);
                break;
            case CertificationStatus.Ineligible:
                Holds(result.Routes.All(r => !r.IsOpen) && result.NextStep.Action == NextAction.None && result.NextStep.Code == RouteCodes.NoRouteAttemptsExhausted,
                    "ineligible, yet a route is open", s, result);
                break;
        }
    }

    [Property]
    public void The_summary_prepared_and_one_shot_carries_the_same_next_step(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        var summary = Evaluator.Summarize(s.Certification, s.Transcript, s.AsOf);
        var prepared = Evaluator.Summarize(Evaluator.Prepare(s.Certification, s.Transcript), s.AsOf);
        foreach (var (which, sum) in new[] { ("one-shot", summary), ("prepared", prepared) })
        {
            Holds(sum.NextAction == result.NextStep.Action && sum.NextStepBy == result.NextStep.By && sum.NextStepRoute == result.NextStep.Route,
                $"the {which} summary says {sum.NextAction.ToId()} by {sum.NextStepBy} ({sum.NextStepRoute})", s, result);
        }
    }

    [Property]
    public void The_fees_listed_are_those_of_the_next_steps_route(RouteScenario any)
    {
        var s = any.Scenario;
        var result = Eval(s);
        FeeKind[] kinds = result.NextStep.Action switch
        {
            NextAction.None => [],
            NextAction.Exam when s.AsOf > result.LastCeDay => [FeeKind.Exam, FeeKind.Reactivation],
            NextAction.Exam => [FeeKind.Exam],
            NextAction.Reactivate => [FeeKind.Reactivation],
            _ => [FeeKind.CeRecertification, FeeKind.Annual],
        };
        // Once lapsed, the reactivation fee is that of the version whose CE time limit set the last CE day: a later
        // version whose transition applied (its rule is the last CE day's), else the governing one.
        var lapse = result.Deadlines.FirstOrDefault(d => d.Kind == DeadlineKind.LastCeDay)?.Rule is CeTimeLimitTransition transition
            ? Evaluator.Catalog.VersionsOf(result.Credential).Single(v => ReferenceEquals(v.CeTimeLimit.Transition, transition))
            : result.Policy;
        FeeRule? FeeOf(FeeKind kind) => kind == FeeKind.Reactivation && s.AsOf > result.LastCeDay ? lapse.FeeOf(kind) ?? result.Policy.FeeOf(kind) : result.Policy.FeeOf(kind);
        var expected = kinds.Select(FeeOf).OfType<FeeRule>().Select(f => $"{f.Kind.ToId()} {f.AmountFor(s.Certification.IsMember)}").Order();
        var listed = result.Fees.Select(f => $"{f.Kind.ToId()} {f.Amount}").Order();
        Holds(expected.SequenceEqual(listed), $"the fees are not those of the next step's route: expected {string.Join(", ", expected)}", s, result);
    }

    [Property]
    public bool The_routes_and_next_step_depend_on_neither_the_order_of_the_inputs_nor_the_run(RouteScenario any, int seed)
    {
        var s = any.Scenario;
        var random = new Random(seed);
        var shuffled = s with
        {
            Certification = new Certification(s.Certification.Credential, s.Certification.CertifiedOn)
            {
                IsMember = s.Certification.IsMember,
                ExamAttempts = [.. s.Certification.ExamAttempts.OrderBy(_ => random.Next())],
            },
            Transcript = new Transcript(s.Transcript.Activities.OrderBy(_ => random.Next())),
        };
        var first = Render(Eval(s));
        return first == Render(Eval(s)) && first == Render(Eval(shuffled)) && first == Render(new CertificationEvaluator(RouteGenerators.Catalog).Evaluate(s.Certification, s.Transcript, s.AsOf));
    }

    private static string Render(CertificationEvaluation result) =>
        $"{result.NextStep} {result.NextStep.DaysFromAsOf} {result.NextStep.Code} {result.NextStep.Rule.RuleId} [{string.Join(", ", result.NextStep.Arguments)}] | "
        + string.Join(" | ", result.Routes.Select(r => $"{r} {r.Rule.RuleId} [{string.Join(", ", r.Arguments)}]"))
        + " | " + string.Join(" | ", result.Deadlines.Select(d => $"{d.Kind} {d.Date} {d.Route} {d.Applies}"))
        + " | " + string.Join(", ", result.Fees);

    /// <summary>
    /// The scenario with the plan added, approved: on the as-of date where the window holds it, else on the
    /// day to earn by (evaluated as of that day, with no exam attempt after the original as-of date).
    /// </summary>
    private static Scenario Completed(Scenario s, CertificationEvaluation result)
    {
        var on = result.Window.Contains(s.AsOf) ? s.AsOf : result.Plan.CompleteBy;
        var certification = new Certification(s.Certification.Credential, s.Certification.CertifiedOn)
        {
            IsMember = s.Certification.IsMember,
            ExamAttempts = [.. s.Certification.ExamAttempts.Where(a => a.On <= s.AsOf)],
        };
        return new Scenario(certification, new Transcript(s.Transcript.Activities.AddRange(RouteGenerators.PlanActivities(result.Policy, result.Plan, on))), on);
    }
}
