using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Evaluation.Engine;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// The engine's admission read as numbers (<see cref="AdmissionProbe"/>, the course recommender's entry
/// point), held to the explained evaluation of the same inputs: the transcript's sums are what the
/// evaluation admitted before the caps, what an activity adds is what admitting it with the transcript
/// adds, and the groups it reports are exactly the activities whose admissions depend on each other.
/// </summary>
[Properties(Arbitrary = new[] { typeof(AnyPolicyGenerators), typeof(Generators) }, MaxTest = 200)]
public sealed class AdmissionProbeTest
{
    private static readonly CertificationEvaluator Evaluator = new(AnyPolicyGenerators.Catalog);

    private static readonly string[] FreshTitles = ["Fresh course", "fresh COURSE ", "Another fresh course"];

    [Property]
    public bool The_transcripts_sums_are_what_the_explained_evaluation_admitted_before_the_caps(AnyScenario any)
    {
        var s = any.Scenario;
        var probe = Evaluator.Probe(s.Certification, s.Transcript, s.AsOf);
        var result = Evaluator.Evaluate(s.Certification, s.Transcript, s.AsOf);
        var categories = result.Policy.Categories?.Categories ?? ImmutableArray<Category>.Empty;
        var approved = new CreditAmount[probe.Slots];
        var counted = result.Activities.SelectMany(a => a.Counted).ToList();
        var refused = result.Activities.SelectMany(a => a.NotCounted).ToList();
        Array.Fill(approved, CreditAmount.Zero);
        var pool = CreditAmount.Zero;
        int cards = 0;
        foreach (var part in counted)
        {
            if (part.CountsToward.Contains(CprCardRule.Id))
            {
                cards++;
            }
            else if (part.Approved)
            {
                approved[part.Category is { } c ? categories.IndexOf(c) + 1 : 0] += part.Amount;
            }
            else
            {
                pool += part.Amount;
            }
        }
        pool = refused.Where(r => r.Code == DecisionCodes.NonApprovedOverCap).Aggregate(pool, (sum, r) => sum + r.Amount);
        cards += refused.Count(r => r.Code == DecisionCodes.CprOverCap);

        return ReferenceEquals(probe.Policy, result.Policy)
            && probe.Slots == categories.Length + 1
            && probe.Base.Cards == cards
            && Enumerable.Range(0, probe.Slots).All(slot => probe.Amount(probe.Base.Approved[slot]) == approved[slot])
            && probe.Amount(probe.Base.Pool.Sum()) == pool
            && probe.Base.IsZero == (cards == 0 && counted.Count == 0 && pool.IsZero);
    }

    [Property]
    public bool What_an_activity_adds_is_what_admitting_it_with_the_transcript_adds(AnyScenario any, int pick, int variant)
    {
        var s = any.Scenario;
        var activities = s.Transcript.Activities;
        if (activities.IsEmpty)
        {
            return true;
        }
        var original = activities[Math.Abs(pick % activities.Length)];
        // The same activity again (a duplicate id), a copy under a new id (a duplicate by content when titled),
        // or a new one completed on the as-of date (a repeat of a recurring training, or independent).
        var extra = Math.Abs(variant % 3) switch
        {
            0 => original,
            1 => Copy(original, "extra", original.CompletedOn),
            _ => Copy(original, "extra", s.AsOf),
        };
        var probe = Evaluator.Probe(s.Certification, s.Transcript, s.AsOf);
        var with = Evaluator.Probe(s.Certification, new Transcript(activities.Add(extra)), s.AsOf);
        return SameSums(probe.Contribution(extra), with.Base.Minus(probe.Base));
    }

    [Property]
    public Property The_groups_are_exactly_the_activities_admitted_together(AnyScenario any) =>
        Prop.ForAll(FreshGen(any.Scenario).ToArbitrary(), fresh =>
        {
            var s = any.Scenario;
            var probe = Evaluator.Probe(s.Certification, s.Transcript, s.AsOf);
            var groups = probe.Groups(fresh);
            var together = Evaluator.Probe(s.Certification, new Transcript(s.Transcript.Activities.AddRange(fresh)), s.AsOf).Base.Minus(probe.Base);

            // Of each group only the first in admission order can count; every other activity is admitted on its own.
            var expected = new ProbeSums(probe.Slots);
            for (int i = 0; i < fresh.Count; i++)
            {
                bool first = groups[i] < 0 || Enumerable.Range(0, fresh.Count).All(j => j == i || groups[j] != groups[i] || AdmissionProbe.Precedes(fresh[i], i, fresh[j], j));
                if (first)
                {
                    expected = Plus(expected, probe.Contribution(fresh[i]));
                }
            }
            bool grouped = Enumerable.Range(0, fresh.Count).All(i => groups[i] < 0 || groups.Count(g => g == groups[i]) >= 2);
            return (SameSums(together, expected) && grouped).Label($"groups [{string.Join(", ", groups)}]");
        });

    [Fact]
    public void Precedes_follows_the_canonical_order_then_the_position()
    {
        var early = Approved("b", D(2024, 1, 1), 1, "general");
        var late = Approved("a", D(2024, 1, 2), 1, "general");
        Assert.True(AdmissionProbe.Precedes(early, 5, late, 0));
        Assert.False(AdmissionProbe.Precedes(late, 0, early, 5));
        Assert.True(AdmissionProbe.Precedes(early, 0, early, 1));
        Assert.False(AdmissionProbe.Precedes(early, 1, early, 0));
        Assert.False(AdmissionProbe.Precedes(early, 1, early, 1));
    }

    [Fact]
    public void The_numbers_of_the_policy_are_the_prepared_policys()
    {
        var cma = Evaluator.Probe(Cma(D(2021, 2, 10)), T(), D(2024, 1, 1));
        var policy = AamaCma.From2020;
        Assert.Equal(4, cma.Slots);
        Assert.Equal(policy.CprCards!.MaxCards, cma.MaxCards);
        Assert.True(cma.CardsApproved);
        Assert.Equal(policy.CprCards.CreditPerCard, cma.Amount(cma.CardValue));
        Assert.Equal(policy.Categories!.Categories.IndexOf(policy.CprCards.Category) + 1, cma.CardSlot);
        Assert.Equal(policy.NonApprovedCap!.Limit, cma.Amount(cma.Cap));
        Assert.Equal(
            policy.Requirements.Select(r => (r.Minimum, r is CategoryMinimum c ? policy.Categories.Categories.IndexOf(c.Category) + 1 : 0)),
            cma.Minimums.Select(m => (cma.Amount(m.Amount), m.Slot)));
        Assert.Equal(
            policy.Requirements.Select(r => r switch { TotalMinimum => RequirementTarget.Total, ApprovedMinimum => RequirementTarget.Approved, _ => RequirementTarget.Category }),
            cma.Minimums.Select(m => m.Target));
        Assert.True(cma.Base.IsZero);

        var nha = Evaluator.Probe(new Certification(Credential.NhaCcma, D(2022, 3, 1)), T(), D(2023, 1, 1));
        Assert.Equal(0, nha.MaxCards);
        Assert.False(nha.CardsApproved);
        Assert.Equal(PreparedPolicy.NoCap, nha.Cap);
        Assert.Equal(1, nha.Slots);
    }

    [Fact]
    public void A_card_adds_one_card_and_a_refused_activity_adds_nothing()
    {
        var probe = Evaluator.Probe(Cma(D(2021, 2, 10)), T(Cpr("kept", D(2022, 1, 1))), D(2024, 1, 1));
        Assert.Equal(1, probe.Base.Cards);
        var card = probe.Contribution(Cpr("new", D(2023, 1, 1)));
        Assert.Equal(1, card.Cards);
        Assert.False(card.IsZero);
        Assert.True(probe.Contribution(Cpr("late", D(2024, 1, 2))).IsZero); // after the as-of date
        Assert.True(probe.Contribution(Cpr("kept", D(2022, 1, 1))).IsZero); // a duplicate id
        var clinical = probe.Contribution(Approved("c", D(2023, 1, 1), 2.5m, "clinical"));
        Assert.False(clinical.IsZero);
        Assert.Equal(CreditAmount.FromDecimal(2.5m), probe.Amount(clinical.Approved[2]));
        var outside = probe.Contribution(NonApproved("o", D(2023, 1, 1), 3, "general", 180));
        Assert.Equal(CreditAmount.FromUnits(3), probe.Amount(outside.Pool[1]));
        Assert.False(outside.IsZero);
    }

    /// <summary>Fresh activities completed on the as-of date, sharing titles, kinds and credit among themselves but with nothing in the transcript.</summary>
    private static Gen<List<LearningActivity>> FreshGen(Scenario s)
    {
        var policy = AnyPolicyGenerators.Catalog.Resolve(s.Certification.Credential, s.Certification.CertifiedOn);
        var unit = policy.Units.Unit;
        var body = policy.Credential.Body.Id;
        var category = policy.Categories?.Categories.FirstOrDefault();
        var one = Gen.Elements(LearningActivityKind.Course, LearningActivityKind.EmployerTraining, LearningActivityKind.SelfStudy).SelectMany(kind =>
            Gen.Elements<string?>(FreshTitles[0], FreshTitles[1], FreshTitles[2], null, "  ").SelectMany(title =>
                Gen.Elements(1m, 2.5m).SelectMany(amount =>
                    Gen.Elements(true, false).SelectMany(approved =>
                        Gen.Elements<string?>(null, "Provider").Select(provider => (kind, title, amount, approved, provider))))));
        return Gen.Choose(1, 6).SelectMany(n => Gen.ListOf(one, n)).Select(specs => specs.Select((spec, i) =>
            new LearningActivity("fresh-" + i, spec.kind, s.AsOf)
            {
                Title = spec.title,
                Provider = spec.provider,
                PurchasedOn = s.AsOf,
                DurationMinutes = 600,
                Credits = [new CreditLine(CreditAmount.FromDecimal(spec.amount), unit, category) { ApprovedBy = spec.approved ? [body] : [] }],
            }).ToList());
    }

    private static LearningActivity Copy(LearningActivity a, string id, LocalDate on) => new(id, a.Kind, on)
    {
        Title = a.Title,
        Provider = a.Provider,
        DurationMinutes = a.DurationMinutes,
        PurchasedOn = a.PurchasedOn,
        ValidMonths = a.ValidMonths,
        Credits = a.Credits,
    };

    private static ProbeSums Plus(ProbeSums x, ProbeSums y)
    {
        var sum = new ProbeSums(x.Approved.Length) { Cards = x.Cards + y.Cards };
        for (int slot = 0; slot < x.Approved.Length; slot++)
        {
            sum.Approved[slot] = x.Approved[slot] + y.Approved[slot];
            sum.Pool[slot] = x.Pool[slot] + y.Pool[slot];
        }
        return sum;
    }

    private static bool SameSums(ProbeSums x, ProbeSums y) =>
        x.Cards == y.Cards && x.Approved.AsSpan().SequenceEqual(y.Approved) && x.Pool.AsSpan().SequenceEqual(y.Pool);
}
