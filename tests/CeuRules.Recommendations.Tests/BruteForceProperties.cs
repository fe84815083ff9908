using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Model;
using CeuRules.Workforce;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CeuRules.Recommendations.Tests;

/// <summary>A person and a small catalog for the brute-force comparison.</summary>
public sealed record SmallCase(Person Person, CourseCatalog Catalog)
{
    /// <inheritdoc />
    public override string ToString() =>
        "transcript: " + string.Join("; ", Person.Transcript.Activities.Select(a => $"{a.Id} {a.Kind} [{string.Join(", ", a.Credits)}]"))
        + " | courses: " + string.Join("; ", Catalog.Courses.Select(c => $"{c.Id} {c.Kind} {c.Price} {c.DurationMinutes}min within={c.CompleteWithinMonths} [{string.Join(" | ", c.Offers)}]"));
}

/// <summary>
/// The recommender against brute force: on catalogs of at most ten courses, every subset is evaluated
/// by <see cref="CertificationEvaluator"/>; the recommender must make current exactly the certifications
/// taking every course makes current, and its selection must be the lexicographic optimum of all
/// subsets that do, for every objective, every built-in policy and two credentials at once.
/// </summary>
public class BruteForceProperties
{
    private static readonly string?[] Categories = ["general", "clinical", "administrative", "general", "clinical", "administrative", null];

    private static CreditUnit UnitOf(string credential) => credential switch
    {
        "aama-cma" => CreditUnit.AamaPoint,
        "amt-rma" => CreditUnit.AmtCcpPoint,
        "nha-ccma" => CreditUnit.NhaCredit,
        _ => CreditUnit.ClockHour,
    };

    private static string BodyOf(string credential) => credential[..credential.IndexOf('-', StringComparison.Ordinal)];

    private static Gen<CreditLine> LineGen(string credential, int maxQuarters, int approvedWeight = 1) =>
        from quarters in Gen.Choose(1, maxQuarters)
        from contactHours in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from category in Gen.Elements(Categories)
        from approved in Gen.Frequency((approvedWeight, Gen.Constant(true)), (1, Gen.Constant(false)))
        select Build.Line(quarters * 0.25m, contactHours ? CreditUnit.ContactHour : UnitOf(credential), category is null ? null : new Category(category),
            approved ? BodyOf(credential) : null);

    private static Gen<LearningActivity> DoneGen(int index, string credential, int approvedWeight) =>
        from lines in Gen.ListOf(LineGen(credential, credential switch { "aama-cma" => 48, "amt-rma" => 40, _ => 12 }, approvedWeight), 1)
        select Build.Done($"t{index}-{credential}", new NodaTime.LocalDate(2026, 1, 15), lines.ToArray());

    internal static Gen<Course> CourseGen(int index, string[] credentials) =>
        from kind in Gen.Elements(LearningActivityKind.Course, LearningActivityKind.Course, LearningActivityKind.Course, LearningActivityKind.SelfStudy, LearningActivityKind.CprCard)
        from dollars in Gen.Choose(0, 12)
        from minutes in Gen.Elements<int?>(null, 30, 60, 120, 240, 600)
        from within in Gen.Elements(3, 6, 12)
        from offered in Gen.ListOf(Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false))), credentials.Length)
        from lines in Gen.CollectToList(credentials.Select(c => Gen.ListOf(LineGen(c, c switch { "aama-cma" => 32, "amt-rma" => 24, _ => 16 }), 1).Select(l => l.ToArray())))
        select new Course($"c{index}", $"Course {index}", kind)
        {
            Price = Money.FromDollars(dollars * 5),
            DurationMinutes = minutes,
            CompleteWithinMonths = kind == LearningActivityKind.SelfStudy ? within : null,
            ValidMonths = kind == LearningActivityKind.CprCard ? 24 : null,
            Offers = credentials.Select((c, i) => (c, i)).Where(p => offered[p.i])
                .Select(p => kind == LearningActivityKind.CprCard && p.c == "aama-cma" ? Build.Offer(p.c, Build.Line(4, CreditUnit.AamaPoint, Category.Clinical, "aama")) : Build.Offer(p.c, lines[p.i]))
                .ToImmutableArray(),
        };

    internal static Gen<SmallCase> CaseGen(string[] credentials) =>
        from approvedWeight in Gen.Elements(1, 2, 4)
        from transcriptSizes in Gen.CollectToList(credentials.Select(c => c switch { "aama-cma" => Gen.Choose(6, 11), "amt-rma" => Gen.Choose(2, 5), _ => Gen.Choose(0, 4) }))
        from done in Gen.CollectToList(credentials.SelectMany((c, i) => Enumerable.Range(0, transcriptSizes[i]).Select(k => DoneGen(k, c, approvedWeight))))
        from count in Gen.Choose(1, 10)
        from courses in Gen.CollectToList(Enumerable.Range(0, count).Select(i => CourseGen(i, credentials)))
        select new SmallCase(Build.Person(credentials.Select(Build.Certification), done.ToArray()), new CourseCatalog("Vendor", courses));

    [Theory]
    [InlineData("aama-cma", RecommendationObjective.Cost)]
    [InlineData("aama-cma", RecommendationObjective.Time)]
    [InlineData("aama-cma", RecommendationObjective.Courses)]
    [InlineData("amt-rma", RecommendationObjective.Cost)]
    [InlineData("amt-rma", RecommendationObjective.Time)]
    [InlineData("amt-rma", RecommendationObjective.Courses)]
    [InlineData("nha-ccma", RecommendationObjective.Cost)]
    [InlineData("nha-ccma", RecommendationObjective.Time)]
    [InlineData("nha-ccma", RecommendationObjective.Courses)]
    [InlineData("ncct-ncma", RecommendationObjective.Cost)]
    [InlineData("ncct-ncma", RecommendationObjective.Time)]
    [InlineData("ncct-ncma", RecommendationObjective.Courses)]
    [InlineData("aama-cma nha-ccma", RecommendationObjective.Cost)]
    [InlineData("aama-cma nha-ccma", RecommendationObjective.Time)]
    [InlineData("aama-cma nha-ccma", RecommendationObjective.Courses)]
    public void Matches_brute_force(string credentials, RecommendationObjective objective)
    {
        var property = Prop.ForAll(Arb.From(CaseGen(credentials.Split(' '))), (SmallCase c) => Holds(c, objective));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), property);
    }

    private static void Holds(SmallCase c, RecommendationObjective objective)
    {
        var recommendation = Build.Recommend(c.Person, objective, c.Catalog);
        Assert.Empty(recommendation.Findings.Where(f => f.Severity == FindingSeverity.Error && f.Code.StartsWith("recommend", StringComparison.Ordinal)));
        var (coverable, best) = BruteForce(c, objective);
        Assert.True(recommendation.IsOptimal, $"status {recommendation.Status}");
        Assert.Equal(coverable, recommendation.Certifications.Select(o => o.BecomesCurrent).ToArray());
        var chosen = recommendation.Courses.Select(r => c.Catalog.Courses.First(k => k.Id == r.CourseId)).ToList();
        Assert.Equal(best, Key(chosen, objective));
    }

    private static (long, long, long) Key(IEnumerable<Course> courses, RecommendationObjective objective)
    {
        long cost = courses.Sum(k => k.Price!.Value.Cents);
        long time = courses.Sum(k => (long)(k.DurationMinutes ?? 0));
        long count = courses.Count();
        return objective switch
        {
            RecommendationObjective.Time => (time, cost, count),
            RecommendationObjective.Courses => (count, cost, time),
            _ => (cost, time, count),
        };
    }

    /// <summary>Every subset, evaluated: which certifications every course together makes current, and the best key of the subsets that make all of them current.</summary>
    private static (bool[] Coverable, (long, long, long) Best) BruteForce(SmallCase c, RecommendationObjective objective)
    {
        var evaluator = new CertificationEvaluator();
        var courses = c.Catalog.Courses;
        var certifications = c.Person.Certifications;
        bool[] MetWith(int mask) => certifications.Select(cert =>
        {
            var added = Enumerable.Range(0, courses.Length).Where(i => (mask & (1 << i)) != 0)
                .Where(i => courses[i].Offers.Any(o => o.CredentialId == cert.Credential.Id))
                .Select(i => Activity(courses[i], "Vendor", cert.Credential.Id));
            return evaluator.Evaluate(cert, new Transcript(c.Person.Transcript.Activities.AddRange(added)), Build.AsOf).Status == CertificationStatus.RequirementsMet;
        }).ToArray();
        int all = (1 << courses.Length) - 1;
        var coverable = MetWith(all);
        (long, long, long)? best = null;
        for (int mask = 0; mask <= all; mask++)
        {
            var met = MetWith(mask);
            if (Enumerable.Range(0, met.Length).All(i => met[i] || !coverable[i]))
            {
                var key = Key(Enumerable.Range(0, courses.Length).Where(i => (mask & (1 << i)) != 0).Select(i => courses[i]), objective);
                if (best is null || key.CompareTo(best.Value) < 0)
                {
                    best = key;
                }
            }
        }
        return (coverable, best!.Value);
    }

    internal static LearningActivity Activity(Course course, string vendor, string credential) =>
        new(course.Id, course.Kind, Build.AsOf)
        {
            Title = course.Title,
            Provider = vendor,
            DurationMinutes = course.DurationMinutes,
            ValidMonths = course.ValidMonths,
            PurchasedOn = course.CompleteWithinMonths is { } months ? Build.AsOf.Minus(NodaTime.Period.FromMonths(months)) : null,
            Credits = course.Offers.First(o => o.CredentialId == credential).Credits,
        };
}
