using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Model;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CeuRules.Tests;

/// <summary>One evaluation's inputs: a CMA certification, a transcript and an as-of date.</summary>
public sealed record Scenario(Certification Certification, Transcript Transcript, LocalDate AsOf)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Certification} as of {AsOf:uuuu-MM-dd}: " + string.Join("; ", Transcript.Activities.Select(a => $"{a} [{string.Join(", ", a.Credits)}] dur={a.DurationMinutes} valid={a.ValidMonths} bought={a.PurchasedOn}"));
}

/// <summary>A small transcript of simple admissible activities, for comparing the allocation with a brute force.</summary>
public sealed record SmallScenario(Scenario Scenario);

/// <summary>The generators of every domain type, in bounded date ranges.</summary>
public static class Generators
{
    private static readonly string[] Categories = ["general", "clinical", "administrative"];

    /// <summary>Dates from 2005 to 2035.</summary>
    public static Gen<LocalDate> DateGen { get; } =
        Gen.Choose(0, 30 * 366).Select(days => new LocalDate(2005, 1, 1).PlusDays(days));

    /// <summary>Credit amounts in hundredths, mostly quarters, from 0 to 20 units.</summary>
    public static Gen<CeuRules.Model.CreditAmount> AmountGen { get; } = Gen.Frequency(
        (6, Gen.Choose(1, 80).Select(q => CeuRules.Model.CreditAmount.FromHundredths(q * 25L))),
        (2, Gen.Choose(0, 2000).Select(h => CeuRules.Model.CreditAmount.FromHundredths(h))),
        (1, Gen.Constant(CeuRules.Model.CreditAmount.Zero)));

    /// <summary>Arbitrary dates.</summary>
    public static Arbitrary<LocalDate> LocalDate() => DateGen.ToArbitrary();

    /// <summary>Arbitrary amounts.</summary>
    public static Arbitrary<CreditAmount> CreditAmount() => Gen.Choose(-1_000_000, 1_000_000).Select(h => CeuRules.Model.CreditAmount.FromHundredths(h)).ToArbitrary();

    /// <summary>Arbitrary units, built in and not.</summary>
    public static Arbitrary<CreditUnit> CreditUnit() => Gen.Elements(
        CeuRules.Model.CreditUnit.AamaPoint, CeuRules.Model.CreditUnit.ContactHour, CeuRules.Model.CreditUnit.IacetCeu, CeuRules.Model.CreditUnit.CollegeCredit,
        CeuRules.Model.CreditUnit.NhaCredit, CeuRules.Model.CreditUnit.ClockHour, CeuRules.Model.CreditUnit.AmtCcpPoint, new CreditUnit("widget")).ToArbitrary();

    /// <summary>Arbitrary categories, built in and not.</summary>
    public static Arbitrary<Category> Category() => Gen.Elements(
        CeuRules.Model.Category.General, CeuRules.Model.Category.Clinical, CeuRules.Model.Category.Administrative, new Category("ethics")).ToArbitrary();

    /// <summary>Arbitrary kinds.</summary>
    public static Arbitrary<LearningActivityKind> LearningActivityKind() => Gen.Elements(
        CeuRules.Model.LearningActivityKind.Course, CeuRules.Model.LearningActivityKind.Conference, CeuRules.Model.LearningActivityKind.SelfStudy, CeuRules.Model.LearningActivityKind.CprCard,
        CeuRules.Model.LearningActivityKind.CollegeCourse, new LearningActivityKind("webinar")).ToArbitrary();

    /// <summary>Arbitrary money.</summary>
    public static Arbitrary<Money> Money() => Gen.Choose(0, 1_000_000).Select(c => CeuRules.Model.Money.FromCents(c)).ToArbitrary();

    /// <summary>Arbitrary exam attempts.</summary>
    public static Arbitrary<ExamAttempt> ExamAttempt() =>
        (from day in DateGen from passed in Gen.Elements(true, false) select new ExamAttempt(day, passed)).ToArbitrary();

    /// <summary>Arbitrary scenarios: nasty CMA transcripts around the cycle of a certification.</summary>
    public static Arbitrary<Scenario> Scenario() => ScenarioGen(maxActivities: 25).ToArbitrary();

    /// <summary>Arbitrary small scenarios of simple admissible activities.</summary>
    public static Arbitrary<SmallScenario> SmallScenario() => SmallGen.Select(s => new SmallScenario(s)).ToArbitrary();

    /// <summary>Scenarios with up to <paramref name="maxActivities"/> activities.</summary>
    public static Gen<Scenario> ScenarioGen(int maxActivities) =>
        from certifiedOn in Gen.Choose(0, 11 * 365).Select(d => new LocalDate(2013, 1, 1).PlusDays(d))
        from asOfOffset in Gen.Frequency((1, Gen.Choose(-60, 0)), (8, Gen.Choose(0, 66 * 31)), (2, Gen.Choose(66 * 31, 90 * 31)))
        from member in Gen.Elements(true, false)
        from attempts in Gen.ListOf(Gen.Choose(-400, 70 * 31).SelectMany(d => Gen.Elements(true, false, false).Select(p => new ExamAttempt(certifiedOn.PlusDays(d), p))), 4)
        from count in Gen.Choose(0, maxActivities)
        from specs in Gen.ListOf(ActivityGen(certifiedOn), count)
        from duplicates in Gen.ListOf(Gen.Choose(0, 1000), Math.Min(3, count / 4))
        select new Scenario(
            new Certification(CeuRules.Model.Credential.AamaCma, certifiedOn) { IsMember = member, ExamAttempts = attempts.ToImmutableArray() },
            new Transcript(WithDuplicates(specs, duplicates)),
            certifiedOn.PlusDays(asOfOffset));

    /// <summary>The activities built with ids a0, a1, ..., then duplicates: every other one reuses an id, the others copy the content under a new id.</summary>
    internal static List<LearningActivity> WithDuplicates(IReadOnlyList<Func<string, LearningActivity>> specs, IReadOnlyList<int> duplicates)
    {
        var built = specs.Select((make, i) => make("a" + i)).ToList();
        foreach (int pick in duplicates)
        {
            var original = built[pick % built.Count];
            // Every other duplicate reuses the id; the others copy the content under a new id.
            built.Add(pick % 2 == 0
                ? original
                : new LearningActivity("d" + pick, original.Kind, original.CompletedOn)
                {
                    Title = original.Title, Provider = original.Provider, DurationMinutes = original.DurationMinutes,
                    PurchasedOn = original.PurchasedOn, ValidMonths = original.ValidMonths, Credits = original.Credits,
                });
        }
        return built;
    }

    private static Gen<LocalDate> AroundCycle(LocalDate certifiedOn) =>
        Gen.Frequency((1, Gen.Choose(-200, -1)), (10, Gen.Choose(0, 60 * 31)), (1, Gen.Choose(60 * 31, 80 * 31))).Select(certifiedOn.PlusDays);

    private static Gen<string?> CategoryGen { get; } = Gen.Frequency(
        (20, Gen.Elements<string?>(Categories)),
        (1, Gen.Constant<string?>("ethics")),
        (1, Gen.Constant<string?>(null)));

    private static Gen<int?> MinutesGen { get; } = Gen.Frequency(
        (1, Gen.Constant<int?>(null)),
        (1, Gen.Elements<int?>(30, 49, 50)),
        (6, Gen.Choose(50, 3000).Select(m => (int?)m)));

    private static CreditLine Line(CeuRules.Model.CreditAmount amount, string? category, bool approved, CreditUnit? unit = null) =>
        new(amount, unit ?? CeuRules.Model.CreditUnit.AamaPoint, category is null ? null : new Category(category))
        {
            ApprovedBy = approved ? ImmutableArray.Create("aama") : ImmutableArray<string>.Empty,
        };

    private static Gen<Func<string, LearningActivity>> ActivityGen(LocalDate certifiedOn) => Gen.Frequency(
        (8, from day in AroundCycle(certifiedOn)
            from lines in Gen.ListOf(from amount in AmountGen from category in CategoryGen select Line(amount, category, approved: true), 2).Where(l => l.Count > 0)
            from minutes in MinutesGen
            select (Func<string, LearningActivity>)(id => new LearningActivity(id, CeuRules.Model.LearningActivityKind.Course, day) { Title = "Approved " + id, DurationMinutes = minutes, Credits = lines.ToImmutableArray() })),
        (6, from day in AroundCycle(certifiedOn)
            from amount in AmountGen
            from category in CategoryGen
            from minutes in MinutesGen
            select (Func<string, LearningActivity>)(id => new LearningActivity(id, CeuRules.Model.LearningActivityKind.Conference, day) { Title = "Outside " + id, DurationMinutes = minutes, Credits = [Line(amount, category, approved: false)] })),
        (3, from day in AroundCycle(certifiedOn)
            from valid in Gen.Frequency((6, Gen.Constant<int?>(24)), (1, Gen.Elements<int?>(12, 36, null)))
            select (Func<string, LearningActivity>)(id => new LearningActivity(id, CeuRules.Model.LearningActivityKind.CprCard, day) { Title = "CPR " + id, ValidMonths = valid })),
        (2, from day in AroundCycle(certifiedOn)
            from unit in Gen.Elements(CeuRules.Model.CreditUnit.CollegeCredit, CeuRules.Model.CreditUnit.IacetCeu, CeuRules.Model.CreditUnit.ContactHour, CeuRules.Model.CreditUnit.NhaCredit)
            from units in Gen.Choose(1, 8).Select(q => CeuRules.Model.CreditAmount.FromHundredths(q * 50L))
            from category in CategoryGen
            from approved in Gen.Elements(true, false)
            select (Func<string, LearningActivity>)(id => new LearningActivity(id, CeuRules.Model.LearningActivityKind.CollegeCourse, day) { Title = "Converted " + id, Credits = [Line(units, category, approved, unit)] })),
        (2, from day in AroundCycle(certifiedOn)
            from bought in Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 250).Select(d => (int?)d)))
            from amount in AmountGen
            from category in CategoryGen
            select (Func<string, LearningActivity>)(id => new LearningActivity(id, CeuRules.Model.LearningActivityKind.SelfStudy, day)
            {
                Title = "Self-study " + id, PurchasedOn = bought is { } d ? day.PlusDays(-d) : null, Credits = [Line(amount, category, approved: true)],
            })));

    /// <summary>Up to seven simple, admissible activities inside the window and before the as-of date.</summary>
    private static Gen<Scenario> SmallGen { get; } =
        from certifiedOn in Gen.Choose(0, 8 * 365).Select(d => new LocalDate(2016, 1, 1).PlusDays(d))
        from count in Gen.Choose(0, 7)
        from specs in Gen.ListOf(
            Gen.Frequency(
                (4, from points in Gen.Choose(1, 24) from category in Gen.Elements(Categories) select (Kind: 0, Points: points, Category: category)),
                (4, from points in Gen.Choose(1, 24) from category in Gen.Elements(Categories) select (Kind: 1, Points: points, Category: category)),
                (1, Gen.Constant((Kind: 2, Points: 4, Category: "clinical")))),
            count)
        select new Scenario(
            new Certification(CeuRules.Model.Credential.AamaCma, certifiedOn),
            new Transcript(specs.Select((s, i) => s.Kind switch
            {
                0 => new LearningActivity("s" + i, CeuRules.Model.LearningActivityKind.Course, certifiedOn.PlusDays(i + 1)) { Title = "A" + i, Credits = [Line(CeuRules.Model.CreditAmount.FromUnits(s.Points), s.Category, approved: true)] },
                1 => new LearningActivity("s" + i, CeuRules.Model.LearningActivityKind.Course, certifiedOn.PlusDays(i + 1)) { Title = "N" + i, DurationMinutes = s.Points * 50, Credits = [Line(CeuRules.Model.CreditAmount.FromUnits(s.Points), s.Category, approved: false)] },
                _ => new LearningActivity("s" + i, CeuRules.Model.LearningActivityKind.CprCard, certifiedOn.PlusDays(i + 1)) { ValidMonths = 24 },
            })),
            certifiedOn.PlusDays(30));
}
