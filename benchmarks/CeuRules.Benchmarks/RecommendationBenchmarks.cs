using System;
using System.Collections.Immutable;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Recommendations;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Benchmarks;

/// <summary>
/// One person holding a CMA (AAMA) and a CCMA (NHA), both short of credit, against a generated catalog
/// of 100, 1,000 or 10,000 courses (from the fixed seed): the least-cost recommendation, proven optimal
/// with CP-SAT and confirmed by the evaluator, from the catalog as it is (validated on each call) and
/// from the catalog validated once (as for many people). Setup checks that the answer is optimal and confirmed.
/// </summary>
[MemoryDiagnoser]
public class RecommendationBenchmarks
{
    private static readonly LocalDate AsOf = new(2026, 6, 15);
    private readonly CourseRecommender recommender = new();
    private Person person = null!;
    private CourseCatalog[] catalogs = null!;
    private CatalogValidation[] validated = null!;

    /// <summary>The number of courses in the catalog.</summary>
    [Params(100, 1_000, 10_000)]
    public int Courses { get; set; }

    /// <summary>Generates the person and the catalog.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261130);
        person = Person();
        catalogs = [new CourseCatalog("Generated", Enumerable.Range(0, Courses).Select(i => Course(random, i)))];
        validated = [new CatalogValidator().Validate(catalogs[0], AsOf)];
        var check = RecommendValidated();
        if (!check.IsOptimal || check.Certifications.Any(c => !c.BecomesCurrent || c.StatusAfter != CertificationStatus.RequirementsMet))
        {
            throw new InvalidOperationException($"The benchmark's recommendation is not an optimal one that makes both current: {check}.");
        }
    }

    /// <summary>Recommends the least-cost courses.</summary>
    /// <returns>The recommendation.</returns>
    [Benchmark(Baseline = true)]
    public Recommendation Recommend() => recommender.Recommend(person, catalogs, AsOf);

    /// <summary>Recommends the least-cost courses from the catalog validated once.</summary>
    /// <returns>The recommendation.</returns>
    [Benchmark]
    public Recommendation RecommendValidated() => recommender.RecommendValidated(person, validated, AsOf);

    private static CreditLine Line(decimal amount, CreditUnit unit, Category? category, string? body) =>
        new(CreditAmount.FromDecimal(amount), unit, category)
        {
            ApprovedBy = body is null ? ImmutableArray<string>.Empty : [body],
            ApprovalReference = body is null ? null : "REF",
        };

    /// <summary>A CMA 21 points short (4 administrative, 1 approved) and a CCMA 4 credits short.</summary>
    private static Person Person()
    {
        var on = new LocalDate(2025, 10, 1);
        LearningActivity Done(string id, params CreditLine[] lines) => new(id, LearningActivityKind.Course, on) { Title = id, Credits = [.. lines] };
        return new Person("benchmark", [new Certification(Credential.AamaCma, new LocalDate(2022, 3, 10)), new Certification(Credential.NhaCcma, new LocalDate(2025, 1, 10))],
            new Transcript([
                Done("general", Line(15, CreditUnit.AamaPoint, Category.General, "aama")),
                Done("clinical", Line(12, CreditUnit.AamaPoint, Category.Clinical, "aama"), Line(3, CreditUnit.NhaCredit, null, "nha")),
                Done("admin", Line(2, CreditUnit.AamaPoint, Category.Administrative, "aama"), Line(3, CreditUnit.NhaCredit, null, "nha")),
                new LearningActivity("conference", LearningActivityKind.Conference, on) { Title = "conference", DurationMinutes = 600, Credits = [Line(10, CreditUnit.AamaPoint, Category.General, null)] },
            ]));
    }

    private static Course Course(Random random, int index)
    {
        var categories = new[] { Category.General, Category.Clinical, Category.Administrative };
        int minutes = 60 * random.Next(1, 11);
        var offers = ImmutableArray.CreateBuilder<CreditOffer>();
        if (random.Next(10) < 8)
        {
            decimal points = random.Next(1, minutes / 50 + 1);
            offers.Add(new CreditOffer("aama-cma", [Line(points, CreditUnit.AamaPoint, categories[random.Next(3)], random.Next(10) < 6 ? "aama" : null)]));
        }
        if (random.Next(10) < 6)
        {
            offers.Add(new CreditOffer("nha-ccma", [Line(random.Next(1, minutes / 60 + 1) * 0.5m, CreditUnit.NhaCredit, null, null)]));
        }
        return new Course($"C{index:D5}", $"Course {index}", LearningActivityKind.Course)
        {
            DurationMinutes = minutes,
            Price = Money.FromCents(100L * random.Next(5, 150) + 99 * random.Next(2)),
            Offers = offers.ToImmutable(),
        };
    }
}
