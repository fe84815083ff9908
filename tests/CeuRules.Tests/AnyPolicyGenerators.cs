using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Model;
using CeuRules.Policies;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CeuRules.Tests;

/// <summary>One evaluation's inputs for a credential of any policy in <see cref="AnyPolicyGenerators.Catalog"/>.</summary>
public sealed record AnyScenario(Scenario Scenario)
{
    /// <inheritdoc />
    public override string ToString() => Scenario.ToString();
}

/// <summary>
/// Scenarios for every built-in policy and a custom one: transcripts mixing every unit, kind and
/// category, with durations, repeated employer training, renewable certifications, employment and
/// duplicates, dated around a cycle of the credential's own length.
/// </summary>
public static class AnyPolicyGenerators
{
    /// <summary>The built-in policies and the custom policies of <see cref="TestPolicies"/>, one of them read from JSON.</summary>
    public static PolicyCatalog Catalog { get; } = PolicyCatalog.BuiltIn.With(TestPolicies.Custom).With(TestPolicies.FromJson);

    private static readonly CreditUnit[] Units =
    [
        CreditUnit.AamaPoint, CreditUnit.AmtCcpPoint, CreditUnit.NhaCredit, CreditUnit.ClockHour, CreditUnit.ContactHour,
        CreditUnit.IacetCeu, CreditUnit.CollegeCredit, new("widget"),
    ];

    private static readonly LearningActivityKind[] Kinds =
    [
        LearningActivityKind.Course, LearningActivityKind.Course, LearningActivityKind.Conference, LearningActivityKind.SelfStudy, LearningActivityKind.CprCard, LearningActivityKind.BlsCard,
        LearningActivityKind.FirstAidCard, LearningActivityKind.Employment, LearningActivityKind.EmployerTraining, LearningActivityKind.EmployerTraining, LearningActivityKind.CollegeCourse, new("webinar"),
    ];

    private static readonly string?[] Categories = ["general", "clinical", "administrative", "safety", "ethics", null];

    private static readonly string[] Bodies = ["aama", "amt", "nha", "ncct", "example-clinic"];

    private static readonly string[] Titles = ["HIPAA", "hipaa ", "Bloodborne pathogens", "Phlebotomy"];

    /// <summary>Arbitrary scenarios of any credential.</summary>
    public static Arbitrary<AnyScenario> AnyScenario() => ScenarioGen(maxActivities: 25).Select(s => new AnyScenario(s)).ToArbitrary();

    /// <summary>Scenarios with up to <paramref name="maxActivities"/> activities.</summary>
    public static Gen<Scenario> ScenarioGen(int maxActivities) => ScenarioGen(Catalog, maxActivities);

    /// <summary>Scenarios of any credential of <paramref name="catalog"/>, with up to <paramref name="maxActivities"/> activities.</summary>
    public static Gen<Scenario> ScenarioGen(PolicyCatalog catalog, int maxActivities) =>
        from credential in Gen.Elements(catalog.Credentials.ToArray())
        from certifiedOn in Gen.Choose(0, 12 * 365).Select(d => new LocalDate(2013, 1, 1).PlusDays(d))
        let span = Period.DaysBetween(certifiedOn, catalog.Resolve(credential, certifiedOn).Expiration.ExpirationFor(certifiedOn))
        from asOfOffset in Gen.Frequency(
            (1, Gen.Choose(-60, 0)), (8, Gen.Choose(0, span)),
            (3, Gen.Choose(span, span + 3 * 365)), (1, Gen.Choose(span + 3 * 365, span + 12 * 365)))
        from member in Gen.Elements(true, false)
        from attempts in Gen.ListOf(Gen.Choose(-400, span + 400)
            .SelectMany(d => Gen.Elements(true, false, false).Select(p => new ExamAttempt(certifiedOn.PlusDays(d), p))), 5)
        from count in Gen.Choose(0, maxActivities)
        from specs in Gen.ListOf(ActivityGen(certifiedOn, span), count)
        from duplicates in Gen.ListOf(Gen.Choose(0, 1000), Math.Min(3, count / 4))
        select new Scenario(
            new Certification(credential, certifiedOn) { IsMember = member, ExamAttempts = attempts.ToImmutableArray() },
            new Transcript(Generators.WithDuplicates(specs, duplicates)),
            certifiedOn.PlusDays(asOfOffset));

    private static Gen<Func<string, LearningActivity>> ActivityGen(LocalDate certifiedOn, int span) =>
        from day in Gen.Frequency(
            (1, Gen.Choose(-800, -1)), (10, Gen.Choose(0, span)), (2, Gen.Choose(span, span + 3 * 365)))
            .Select(certifiedOn.PlusDays)
        from kind in Gen.Elements(Kinds)
        from title in Gen.Frequency((3, Gen.Elements(Titles).Select(t => (string?)t)), (4, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("  ")))
        from minutes in Gen.Frequency(
            (2, Gen.Constant<int?>(null)), (1, Gen.Elements<int?>(0, 30, 49, 50, 60, 119, 120)), (5, Gen.Choose(1, 3000).Select(m => (int?)m)))
        from valid in Gen.Frequency((4, Gen.Constant<int?>(24)), (1, Gen.Elements<int?>(12, 36, null)))
        from bought in Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 250).Select(d => (int?)d)))
        from lineCount in Gen.Choose(0, 3)
        from lines in Gen.ListOf(LineGen, lineCount)
        select (Func<string, LearningActivity>)(id => new LearningActivity(id, kind, day)
        {
            Title = title is null ? null : title.Trim().Length == 0 ? title : title + (kind == LearningActivityKind.EmployerTraining ? string.Empty : " " + id),
            DurationMinutes = minutes,
            ValidMonths = kind == LearningActivityKind.CprCard ? valid : null,
            PurchasedOn = kind == LearningActivityKind.SelfStudy && bought is { } b ? day.PlusDays(-b) : null,
            Credits = lines.ToImmutableArray(),
        });

    private static Gen<CreditLine> LineGen { get; } =
        from amount in Generators.AmountGen
        from unit in Gen.Elements(Units)
        from category in Gen.Elements(Categories)
        from approvers in Gen.SubListOf(Bodies)
        select new CreditLine(amount, unit, category is null ? null : new Category(category)) { ApprovedBy = approvers.ToImmutableArray() };
}
