using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Policies;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CeuRules.Tests;

/// <summary>One evaluation's inputs for a credential of any policy in <see cref="RouteGenerators.Catalog"/>.</summary>
public sealed record RouteScenario(Scenario Scenario)
{
    /// <inheritdoc />
    public override string ToString() => Scenario.ToString();
}

/// <summary>
/// Custom policies that reach the routes the built-ins reach only in part: reactivation after
/// expiration with a reactivation fee (read from JSON), and an exam that is a way back only once the
/// credential has lapsed, with a CE time limit whose window ends at expiration (built in C#).
/// </summary>
public static class RoutePolicies
{
    private const string ReactivationJson = """
        {
          "credential": {
            "id": "example-registry-ma",
            "acronym": "ERMA",
            "name": "Example Registry medical assistant",
            "body": { "id": "example-registry", "acronym": "ER", "name": "Example Registry" }
          },
          "source": "Example Registry, continuation policy (2024)",
          "versions": [
            {
              "version": "2024",
              "expiration": { "cycle": "P2Y", "convention": "day-before-anniversary" },
              "units": { "unit": "contact-hour", "singular": "contact hour", "plural": "contact hours", "fromDuration": { "minutesPerUnit": 60 } },
              "requirements": [ { "type": "total", "minimum": 20 }, { "type": "approved", "minimum": 10 } ],
              "ceTimeLimit": { "length": "P4Y", "afterExpiration": "reactivation" },
              "reactivationWindow": { "start": "lookback-from-end", "lookback": "P2Y" },
              "fees": [
                { "kind": "ce-recertification", "member": 40, "nonMember": 80 },
                { "kind": "reactivation", "member": 60 },
                { "kind": "annual", "member": 10 }
              ]
            }
          ]
        }
        """;

    /// <summary>20 contact hours every 2 years, 10 approved; once expired, reactivation for 4 years with credit of the 2 years before the application.</summary>
    public static ImmutableArray<CredentialPolicy> Reactivation { get; } = Read(ReactivationJson);

    private static readonly RuleSource Board = new("Example Board, recertification rules (2024)");

    /// <summary>The credential of <see cref="ExamAfterLapse"/>.</summary>
    public static Credential BoardCredential { get; } = new("example-board-ma", new CertifyingBody("example-board", "EB", "Example Board"), "EBMA", "Example Board medical assistant");

    /// <summary>
    /// 10 clock hours a year; CE allowed for 2 years after expiration, but the window ends at expiration;
    /// past the 2 years only the exam (2 attempts), which is no way back before the lapse.
    /// </summary>
    public static ImmutableArray<CredentialPolicy> ExamAfterLapse { get; } = ImmutableArray.Create(
        new CredentialPolicy(BoardCredential, "2024", LocalDate.MinIsoValue,
            new ExpirationRule("example-board-ma/expiration", Board, Period.FromYears(1), ExpirationConvention.DayBeforeAnniversary),
            new CreditWindowRule("example-board-ma/window", Board),
            new UnitRule("example-board-ma/units", Board, CreditUnit.ClockHour, ImmutableArray<UnitConversion>.Empty)
            {
                PluralName = "clock hours",
                SingularName = "clock hour",
            },
            new CeTimeLimit("example-board-ma/ce-time-limit", Board, Period.FromYears(2)))
        {
            Requirements = ImmutableArray.Create<CreditRequirement>(new TotalMinimum("example-board-ma/total", Board, CreditAmount.FromUnits(10))),
            ExamRoute = new ExamRoute("example-board-ma/exam", Board, maxAttempts: 2, "complete an accredited program again.") { OnlyAfterLapse = true },
            Fees = ImmutableArray.Create(
                new FeeRule("example-board-ma/fee-ce", Board, FeeKind.CeRecertification, Money.FromDollars(30), Money.FromDollars(45)),
                new FeeRule("example-board-ma/fee-exam", Board, FeeKind.Exam, Money.FromDollars(100), Money.FromDollars(150)),
                new FeeRule("example-board-ma/fee-reactivation", Board, FeeKind.Reactivation, Money.FromDollars(25), Money.FromDollars(25))),
        });

    private static ImmutableArray<CredentialPolicy> Read(string json)
    {
        var read = CeuRules.Json.PolicyJsonReader.Read(json);
        return read.IsValid ? read.Policies : throw new InvalidOperationException(string.Join("; ", read.Findings));
    }
}

/// <summary>
/// Scenarios for the routes and the next step: every built-in policy (all versions), the custom
/// policies of <see cref="TestPolicies"/> and <see cref="RoutePolicies"/>, with generated transcripts
/// and exam attempts, as-of dates before, during and long after the cycle; in about half of them the
/// transcript is completed by the least plan, so that met cycles are as common as unmet ones.
/// </summary>
public static class RouteGenerators
{
    /// <summary>Every policy the route properties run over.</summary>
    public static PolicyCatalog Catalog { get; } = AnyPolicyGenerators.Catalog.With(RoutePolicies.Reactivation).With(RoutePolicies.ExamAfterLapse);

    /// <summary>An evaluator over <see cref="Catalog"/>.</summary>
    public static CertificationEvaluator Evaluator { get; } = new(Catalog);

    /// <summary>Arbitrary route scenarios.</summary>
    public static Arbitrary<RouteScenario> RouteScenario() => ScenarioGen(maxActivities: 12).Select(s => new RouteScenario(s)).ToArbitrary();

    /// <summary>Scenarios with up to <paramref name="maxActivities"/> generated activities, some completed by their plan.</summary>
    public static Gen<Scenario> ScenarioGen(int maxActivities) =>
        from raw in AnyPolicyGenerators.ScenarioGen(Catalog, maxActivities)
        from boundary in Gen.Frequency((3, Gen.Constant(-1)), (2, Gen.Choose(0, 4)))
        from shift in Gen.Choose(-1, 1)
        from completion in Gen.Frequency((1, Gen.Constant(-1)), (1, Gen.Choose(0, 100_000)))
        let dated = boundary < 0 ? raw : AtBoundary(raw, boundary, shift)
        select completion < 0 ? dated : CompletedInWindow(dated, completion);

    /// <summary>
    /// The scenario as of a day next to (or on) one of its dates where a route changes: expiration, the
    /// last CE day, the exam's application and pass deadlines, the certification date.
    /// </summary>
    private static Scenario AtBoundary(Scenario raw, int boundary, int shift)
    {
        var summary = Evaluator.Summarize(raw.Certification, raw.Transcript, raw.AsOf);
        var day = boundary switch
        {
            0 => summary.ExpiresOn,
            1 => summary.LastCeDay,
            2 => summary.ExamApplyBy ?? summary.LastCeDay,
            3 => summary.ExamPassBy ?? summary.ExpiresOn,
            _ => raw.Certification.CertifiedOn,
        };
        return raw with { AsOf = day.PlusDays(shift) };
    }

    /// <summary>The scenario with its plan added, approved, on a day of the window on or before the as-of date picked by <paramref name="pick"/>.</summary>
    private static Scenario CompletedInWindow(Scenario raw, int pick)
    {
        var result = Evaluator.Evaluate(raw.Certification, raw.Transcript, raw.AsOf);
        var last = result.Window.End < raw.AsOf ? result.Window.End : raw.AsOf;
        if (result.Plan.IsEmpty || last < result.Window.Start)
        {
            return raw;
        }
        var day = result.Window.Start.PlusDays(pick % (Period.DaysBetween(result.Window.Start, last) + 1));
        return raw with { Transcript = new Transcript(raw.Transcript.Activities.AddRange(PlanActivities(result.Policy, result.Plan, day))) };
    }

    /// <summary>
    /// Approved activities of exactly the plan's amounts: each category's need in its category, the rest
    /// of the total in the policy's first category (or none where a line may name none), all on <paramref name="on"/>.
    /// </summary>
    public static ImmutableArray<LearningActivity> PlanActivities(CredentialPolicy policy, RecertificationPlan plan, LocalDate on)
    {
        var activities = new List<LearningActivity>();
        var rest = plan.Total;
        foreach (var need in plan.ByCategory)
        {
            activities.Add(Approved(policy, "plan-" + need.Category.Id, on, need.Amount, need.Category));
            rest -= need.Amount;
        }
        if (rest > CreditAmount.Zero)
        {
            var categories = policy.Categories;
            activities.Add(Approved(policy, "plan-rest", on, rest, categories is { Required: true } ? categories.Categories[0] : null));
        }
        return activities.ToImmutableArray();
    }

    /// <summary>
    /// An approved course of <paramref name="amount"/> in the policy's unit (rounded up to the hundredth a
    /// person can state: a plan may need a part of a hundredth), documented long enough to carry it.
    /// </summary>
    public static LearningActivity Approved(CredentialPolicy policy, string id, LocalDate on, CreditAmount amount, Category? category)
    {
        int perUnit = policy.Units.FromDuration?.MinutesPerUnit ?? 60;
        amount = amount.RoundedUp;
        return new LearningActivity(id, LearningActivityKind.Course, on)
        {
            Title = "Planned course " + id,
            DurationMinutes = (int)(amount.Hundredths * perUnit / 100) + perUnit,
            Credits = [new CreditLine(amount, policy.Units.Unit, category) { ApprovedBy = [policy.Credential.Body.Id] }],
        };
    }
}
