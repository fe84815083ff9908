using System;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Model;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Catalogs;

/// <summary>Each finding code of the catalog validator, with its path and a message that names the value.</summary>
public sealed class CatalogValidatorTest
{
    private static readonly CatalogValidator Validator = new();

    private static readonly NodaTime.LocalDate AsOf = D(2026, 11, 23);

    private static CreditLine Points(decimal amount, string? category = "clinical", bool approved = true, CreditUnit? unit = null) =>
        new(CreditAmount.FromDecimal(amount), unit ?? CreditUnit.AamaPoint, category is null ? null : new Category(category))
        {
            ApprovedBy = approved ? ["aama"] : [],
            ApprovalReference = approved ? "AAMA-1" : null,
        };

    private static Course Course(string id = "C1", int? minutes = 120, LearningActivityKind? kind = null, params CreditOffer[] offers) =>
        new(id, "Course " + id, kind ?? LearningActivityKind.Course) { DurationMinutes = minutes, Offers = [.. offers] };

    private static CreditOffer Offer(string credential, params CreditLine[] lines) => new(credential, lines);

    private static CatalogValidation Validate(params Course[] courses) => Validator.Validate(new CourseCatalog("Example Academy", courses), AsOf);

    private static Finding Single(CatalogValidation validation, string code)
    {
        var found = validation.Findings.Where(f => f.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one '{code}' among: {string.Join("; ", validation.Findings)}");
        return found[0];
    }

    [Fact]
    public void A_correct_course_is_valid_and_yields_what_it_claims()
    {
        var validation = Validate(Course(offers: [Offer("aama-cma", Points(2)), Offer("nha-ccma", Points(1, null, false, CreditUnit.NhaCredit))]));
        Assert.True(validation.IsValid, string.Join("; ", validation.Findings));
        Assert.Equal(["2 AAMA points in the clinical category", "1 NHA credit"], validation.Yields.Select(y => y.Description));
        Assert.Equal("courses[0].offers[1]", validation.Yields[1].Path);
    }

    [Fact]
    public void Duplicate_course_ids()
    {
        var finding = Single(Validate(Course("X", offers: Offer("aama-cma", Points(1))), Course("X", offers: Offer("aama-cma", Points(1)))), CatalogFindingCodes.DuplicateCourseId);
        Assert.Equal(("courses[1].id", FindingSeverity.Error), (finding.Path, finding.Severity));
        Assert.Contains("“X”", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "invalid-duration", "0")]
    [InlineData(-5, "invalid-duration", "-5")]
    [InlineData(600_000, "absurd-duration", "10000 hours")]
    public void Zero_negative_and_absurd_durations(int minutes, string code, string named)
    {
        var finding = Single(Validate(Course(minutes: minutes, offers: Offer("aama-cma", Points(1)))), code);
        Assert.Equal("courses[0].durationMinutes", finding.Path);
        Assert.Contains(named, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_duration_is_a_warning()
    {
        var validation = Validate(Course(minutes: null, offers: Offer("aama-cma", Points(1))));
        Assert.Equal(FindingSeverity.Warning, Single(validation, CatalogFindingCodes.MissingDuration).Severity);
        Assert.True(validation.IsValid);
    }

    [Fact]
    public void Content_areas_must_add_up_to_the_duration()
    {
        var finding = Single(Validate(new Course("C1", "Phlebotomy", LearningActivityKind.Course)
        {
            DurationMinutes = 90,
            ContentAreas = [new ContentArea(Category.Clinical, 60), new ContentArea(Category.Administrative, 20)],
            Offers = [Offer("aama-cma", Points(1))],
        }), CatalogFindingCodes.ContentMinutesMismatch);
        Assert.Equal("courses[0].contentAreas", finding.Path);
        Assert.Contains("1 hour and 20 minutes", finding.Message, StringComparison.Ordinal);
        Assert.Contains("1 hour and 30 minutes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_category_content_areas_imply_is_reported_as_info()
    {
        var finding = Single(Validate(new Course("C1", "Front office", LearningActivityKind.Course)
        {
            DurationMinutes = 100,
            ContentAreas = [new ContentArea(Category.Administrative, 80), new ContentArea(Category.Clinical, 20)],
            Offers = [Offer("aama-cma", Points(2, "clinical"))],
        }), CatalogFindingCodes.ImpliedCategory);
        Assert.Equal((FindingSeverity.Info, "courses[0].offers[0].credits[0].category"), (finding.Severity, finding.Path));
        Assert.Contains("administrative", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credit_beyond_the_duration_under_each_bodys_unit_rule()
    {
        // AAMA: one point per 50 minutes for non-AAMA credit; NHA: one credit per 2 hours; NCCT: the clock hours.
        var validation = Validate(Course(minutes: 90, offers:
        [
            Offer("aama-cma", Points(3, approved: false)),
            Offer("nha-ccma", Points(1, null, false, CreditUnit.NhaCredit)),
            Offer("ncct-ncma", Points(2, null, false, CreditUnit.ClockHour)),
        ]));
        var exceeding = validation.Findings.Where(f => f.Code == CatalogFindingCodes.CreditExceedsDuration).ToList();
        Assert.Equal(["courses[0].offers[0].credits", "courses[0].offers[1].credits", "courses[0].offers[2].credits"], exceeding.Select(f => f.Path));
        Assert.Contains("at most 1.8 AAMA points", exceeding[0].Message, StringComparison.Ordinal);
        Assert.Contains("at most 0.75 NHA credit", exceeding[1].Message, StringComparison.Ordinal);
        Assert.Contains("at most 1.5 clock hours", exceeding[2].Message, StringComparison.Ordinal);
        Assert.False(validation.IsValid);
    }

    [Fact]
    public void Claiming_less_than_the_duration_supports_is_fine_and_approved_excess_is_a_warning()
    {
        Assert.True(Validate(Course(minutes: 120, offers: Offer("nha-ccma", Points(0.5m, null, false, CreditUnit.NhaCredit)))).Findings.IsEmpty);
        var validation = Validate(Course(minutes: 60, offers: Offer("aama-cma", Points(3))));
        Assert.Equal(FindingSeverity.Warning, Single(validation, CatalogFindingCodes.ApprovedCreditExceedsDuration).Severity);
        Assert.True(validation.IsValid);
    }

    [Fact]
    public void A_non_aama_course_under_50_minutes_is_too_short()
    {
        var finding = Single(Validate(Course(minutes: 45, offers: Offer("aama-cma", Points(0.5m, approved: false)))), CatalogFindingCodes.TooShort);
        Assert.Contains("45 minutes", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_credential_unit_and_category_and_a_missing_category()
    {
        var validation = Validate(Course(offers:
        [
            Offer("cma", Points(1)),
            Offer("aama-cma", Points(1, "ethics"), Points(1, null), Points(1, "clinical", unit: CreditUnit.NhaCredit)),
        ]));
        Assert.Equal("courses[0].offers[0].credential", Single(validation, CatalogFindingCodes.UnknownCredential).Path);
        Assert.Equal("courses[0].offers[1].credits[0].category", Single(validation, CatalogFindingCodes.UnknownCategory).Path);
        Assert.Equal("courses[0].offers[1].credits[1].category", Single(validation, CatalogFindingCodes.MissingCategory).Path);
        Assert.Equal("courses[0].offers[1].credits[2].unit", Single(validation, CatalogFindingCodes.UnknownUnit).Path);
    }

    [Fact]
    public void A_converted_unit_and_an_ignored_category_are_info()
    {
        var validation = Validate(Course(offers:
        [
            Offer("aama-cma", Points(2, unit: CreditUnit.ContactHour)),
            Offer("amt-rma", new CreditLine(CreditAmount.FromUnits(2), CreditUnit.AmtCcpPoint, Category.Clinical)),
        ]));
        Assert.Equal(FindingSeverity.Info, Single(validation, CatalogFindingCodes.ConvertedUnit).Severity);
        Assert.Equal(FindingSeverity.Info, Single(validation, CatalogFindingCodes.CategoryIgnored).Severity);
        Assert.Equal(FindingSeverity.Info, Single(validation, CatalogFindingCodes.DurationNotChecked).Severity);
        Assert.True(validation.IsValid);
    }

    [Fact]
    public void An_approval_needs_a_reference()
    {
        var line = new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama"] };
        var finding = Single(Validate(Course(offers: Offer("aama-cma", line))), CatalogFindingCodes.ApprovalWithoutReference);
        Assert.Equal("courses[0].offers[0].credits[0].approvalReference", finding.Path);
    }

    [Fact]
    public void Cpr_courses_ncct_refuses_them_and_the_aama_values_a_24_month_card_at_4_clinical_points()
    {
        var card = new Course("CPR", "CPR", LearningActivityKind.CprCard)
        {
            DurationMinutes = 240,
            ValidMonths = 12,
            Offers = [Offer("aama-cma", Points(6)), Offer("ncct-ncma", Points(4, null, false, CreditUnit.ClockHour))],
        };
        var validation = Validate(card);
        Assert.Equal("courses[0].offers[0]", Single(validation, CatalogFindingCodes.CprValidity).Path);
        Assert.Contains("24 months", Single(validation, CatalogFindingCodes.CprValidity).Message, StringComparison.Ordinal);
        Assert.Contains("exactly 4 AAMA points in the clinical category", Single(validation, CatalogFindingCodes.CprCredit).Message, StringComparison.Ordinal);
        Assert.Equal("courses[0].offers[1]", Single(validation, CatalogFindingCodes.KindNotAccepted).Path);

        var good = new Course("CPR", "CPR", LearningActivityKind.CprCard) { DurationMinutes = 240, ValidMonths = 24, Offers = [Offer("aama-cma", Points(4))] };
        var ok = Validate(good);
        Assert.True(ok.IsValid, string.Join("; ", ok.Findings));
        Assert.Equal("4 AAMA points in the clinical category", ok.Yields.Single().Description);
    }

    [Fact]
    public void A_self_study_course_needs_a_completion_period_no_longer_than_the_body_counts()
    {
        var missing = Single(Validate(Course(kind: LearningActivityKind.SelfStudy, offers: Offer("aama-cma", Points(2)))), CatalogFindingCodes.MissingCompletionPeriod);
        Assert.Contains("6 months", missing.Message, StringComparison.Ordinal);
        var tooLong = Validate(new Course("S", "Self-study", LearningActivityKind.SelfStudy) { DurationMinutes = 120, CompleteWithinMonths = 12, Offers = [Offer("aama-cma", Points(2))] });
        Assert.Contains("12 months", Single(tooLong, CatalogFindingCodes.CompletionPeriodTooLong).Message, StringComparison.Ordinal);
        Assert.Equal("nothing", tooLong.Yields.Single().Description);
    }

    [Fact]
    public void Zero_and_absurd_amounts_empty_offers_no_offers_and_duplicate_offers()
    {
        var validation = Validate(
            Course("A", offers: [Offer("aama-cma", Points(0), Points(5000))]),
            Course("B", offers: [Offer("nha-ccma")]),
            Course("C"),
            Course("D", offers: [Offer("aama-cma", Points(1)), Offer("aama-cma", Points(1))]));
        Assert.Equal("courses[0].offers[0].credits[0].amount", Single(validation, CatalogFindingCodes.ZeroAmount).Path);
        Assert.Contains("5000", Single(validation, CatalogFindingCodes.AbsurdAmount).Message, StringComparison.Ordinal);
        Assert.Equal("courses[1].offers[0].credits", Single(validation, CatalogFindingCodes.EmptyOffer).Path);
        Assert.Equal("courses[2].offers", Single(validation, CatalogFindingCodes.NoOffers).Path);
        Assert.Equal("courses[3].offers[1].credential", Single(validation, CatalogFindingCodes.DuplicateOffer).Path);
    }

    [Fact]
    public void A_content_area_twice()
    {
        var course = new Course("C", "Course", LearningActivityKind.Course)
        {
            DurationMinutes = 60,
            ContentAreas = [new ContentArea(Category.Clinical, 30), new ContentArea(Category.Clinical, 30)],
            Offers = [Offer("aama-cma", Points(1))],
        };
        Assert.Equal("courses[0].contentAreas[1].category", Single(Validate(course), CatalogFindingCodes.DuplicateContentArea).Path);
    }

    [Fact]
    public void Every_code_is_documented_in_the_vendor_guide()
    {
        var codes = typeof(CatalogFindingCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();
        var guide = System.IO.File.ReadAllText(System.IO.Path.Combine(CeuRules.Tests.PublicApi.ApprovedApi.RepositoryRoot(), "docs", "vendors.md"));
        Assert.All(codes, code => Assert.Contains($"`{code}`", guide, StringComparison.Ordinal));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
