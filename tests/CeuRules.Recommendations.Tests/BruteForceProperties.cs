using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Model;
using CeuRules.Workforce;
using FsCheck;
using FsCheck.Fluent;

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
/// Small generated cases (a person and one catalog of at most ten courses) for the properties of the
/// input checks, the JSON and the large cases; the optimality property is <see cref="EvaluatorOptimality"/>.
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
}
