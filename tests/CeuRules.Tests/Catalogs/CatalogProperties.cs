using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CeuRules.Tests.Catalogs;

/// <summary>A catalog for the properties, with the date to validate it as of.</summary>
public sealed record CatalogCase(CourseCatalog Catalog, LocalDate AsOf)
{
    /// <inheritdoc />
    public override string ToString() => string.Join("; ", Catalog.Courses.Select(c =>
        $"{c.Id} {c.Kind} {c.DurationMinutes}min valid={c.ValidMonths} within={c.CompleteWithinMonths} areas=[{string.Join(",", c.ContentAreas)}] offers=[{string.Join(" | ", c.Offers)}]"));
}

/// <summary>A catalog whose courses are well formed (unique ids, content that adds up, one offer per credential); its offers are anything.</summary>
public sealed record WellFormedCatalog(CatalogCase Case);

/// <summary>Generators of catalogs, from nonsense to well formed.</summary>
public static class CatalogGenerators
{
    private static readonly string[] Credentials = ["aama-cma", "amt-rma", "nha-ccma", "ncct-ncma", "example-clinic-ma", "cma"];

    private static readonly LearningActivityKind[] Kinds = [LearningActivityKind.Course, LearningActivityKind.Course, LearningActivityKind.SelfStudy, LearningActivityKind.CprCard, LearningActivityKind.Conference, new("webinar")];

    private static readonly CreditUnit[] Units = [CreditUnit.AamaPoint, CreditUnit.AmtCcpPoint, CreditUnit.NhaCredit, CreditUnit.ClockHour, CreditUnit.ContactHour, CreditUnit.IacetCeu, CreditUnit.CollegeCredit, new("widget")];

    private static readonly string?[] CategoryIds = ["general", "clinical", "administrative", "safety", "ethics", null];

    private static readonly string[] Bodies = ["aama", "amt", "nha", "ncct", "example-clinic"];

    /// <summary>Credit lines; amounts up to 1,000,000 units, or up to 60 in well-formed catalogs (so that even 15-fold conversions stay plausible).</summary>
    private static Gen<CreditLine> Line(bool wellFormed) =>
        from hundredths in Gen.Frequency((6, Gen.Choose(1, 20).Select(q => q * 25)), (2, Gen.Choose(0, wellFormed ? 6_000 : 30_000)), (1, Gen.Constant(0)), (1, Gen.Choose(0, wellFormed ? 6_000 : 100_000_000)))
        from unit in Gen.Elements(Units)
        from category in Gen.Elements(CategoryIds)
        from approvers in Gen.SubListOf(Bodies)
        from reference in Gen.Elements<string?>("REF-1", null, " ")
        select new CreditLine(CreditAmount.FromHundredths(hundredths), unit, category is null ? null : new Category(category))
        {
            ApprovedBy = approvers.ToImmutableArray(),
            ApprovalReference = reference,
        };

    private static Gen<CreditOffer> Offer(string credential, bool wellFormed) =>
        from count in Gen.Choose(0, 3)
        from lines in Gen.ListOf(Line(wellFormed), count)
        select new CreditOffer(credential, lines);

    private static Gen<Course> CourseGen(string id, bool wellFormed) =>
        from kind in Gen.Elements(Kinds)
        from minutes in wellFormed
            ? Gen.Frequency((1, Gen.Constant<int?>(null)), (8, Gen.Choose(1, 3000).Select(m => (int?)m)))
            : Gen.Frequency((1, Gen.Constant<int?>(null)), (1, Gen.Elements<int?>(0, -30, int.MinValue, int.MaxValue, 600_000)), (6, Gen.Choose(1, 3000).Select(m => (int?)m)))
        from valid in Gen.Elements<int?>(24, 24, 12, null, 0)
        from within in Gen.Elements<int?>(6, 3, 12, null, 0)
        from split in Gen.Choose(0, 100)
        from areaCategories in Gen.SubListOf(new[] { "general", "clinical", "administrative", "safety" }).Select(l => l.ToList())
        from offerCount in Gen.Choose(0, 4)
        from credentials in wellFormed ? Gen.SubListOf(Credentials) : Gen.ListOf(Gen.Elements(Credentials), offerCount)
        from offers in Gen.CollectToList(credentials.Select(c => Offer(c, wellFormed)))
        select new Course(id, "Course " + id, kind)
        {
            DurationMinutes = minutes,
            ValidMonths = kind == LearningActivityKind.CprCard ? valid : null,
            CompleteWithinMonths = kind == LearningActivityKind.SelfStudy ? within : null,
            ContentAreas = Areas(areaCategories, minutes, split, wellFormed),
            Offers = offers.ToImmutableArray(),
        };

    /// <summary>Content areas splitting the duration (or, when not well formed, not quite).</summary>
    private static ImmutableArray<ContentArea> Areas(List<string> categories, int? minutes, int split, bool wellFormed)
    {
        if (categories.Count == 0 || minutes is not (> 0 and <= 100_000 and var total))
        {
            return [];
        }
        var areas = ImmutableArray.CreateBuilder<ContentArea>();
        int left = total;
        for (int i = 0; i < categories.Count; i++)
        {
            int share = i == categories.Count - 1 ? left : left * split / 100;
            areas.Add(new ContentArea(new Category(categories[i]), share + (wellFormed || i > 0 ? 0 : split % 7)));
            left -= share;
        }
        return areas.ToImmutable();
    }

    private static Gen<CatalogCase> CatalogGen(bool wellFormed) =>
        from count in Gen.Choose(0, 6)
        from ids in Gen.ListOf(Gen.Elements("A", "B", "C", "D", "E", "F", "G"), count)
        from courses in Gen.CollectToList(ids.Select((id, i) => CourseGen(wellFormed ? "C" + i : id, wellFormed)))
        from asOf in Gen.Choose(0, 4000).Select(d => new LocalDate(2015, 1, 1).PlusDays(d))
        select new CatalogCase(new CourseCatalog("Example Academy", courses), asOf);

    /// <summary>Any catalog, nonsense included.</summary>
    public static Arbitrary<CatalogCase> CatalogCase() => CatalogGen(wellFormed: false).ToArbitrary();

    /// <summary>Well-formed catalogs.</summary>
    public static Arbitrary<WellFormedCatalog> WellFormedCatalog() => CatalogGen(wellFormed: true).Select(c => new WellFormedCatalog(c)).ToArbitrary();
}

/// <summary>The laws of the catalog validator.</summary>
[Properties(Arbitrary = new[] { typeof(CatalogGenerators) }, MaxTest = 300)]
public sealed class CatalogProperties
{
    private static readonly CatalogValidator Validator = new(AnyPolicyGenerators.Catalog);

    [Property]
    public bool Validation_never_throws_and_reports_every_finding_with_a_code_a_path_and_a_message(CatalogCase @case)
    {
        var validation = Validator.Validate(@case.Catalog, @case.AsOf);
        return validation.Findings.All(f => f.Code.Length > 0 && f.Path.StartsWith("courses[", System.StringComparison.Ordinal) && f.Message.Length > 0)
            && validation.IsValid == validation.Findings.All(f => f.Severity != FindingSeverity.Error);
    }

    [Property]
    public bool A_catalog_whose_offers_are_what_the_yields_report_is_valid(WellFormedCatalog wellFormed)
    {
        var (catalog, asOf) = wellFormed.Case;
        var validation = Validator.Validate(catalog, asOf);
        var courses = catalog.Courses.Select((course, c) => new Course(course.Id, course.Title, course.Kind)
        {
            DurationMinutes = course.DurationMinutes,
            ValidMonths = course.ValidMonths,
            CompleteWithinMonths = course.CompleteWithinMonths,
            ContentAreas = course.ContentAreas,
            Topics = course.Topics,
            Offers = validation.Yields
                .Where(y => y.Path.StartsWith($"courses[{c}].", System.StringComparison.Ordinal) && !y.Counted.IsEmpty)
                .Select(y => new CreditOffer(y.Credential.Id, y.Counted.Select(counted => new CreditLine(counted.Amount.RoundedDown, y.Unit, counted.Category)
                {
                    ApprovedBy = counted.Approved ? [y.Credential.Body.Id] : [],
                    ApprovalReference = counted.Approved ? "REF-1" : null,
                })))
                .ToImmutableArray(),
        });
        var again = Validator.Validate(new CourseCatalog(catalog.Vendor, courses), asOf);
        return again.IsValid;
    }
}
