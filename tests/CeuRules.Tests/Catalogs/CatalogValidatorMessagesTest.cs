using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Catalogs;

/// <summary>
/// The exact path and message of each catalog finding, the limits checked at their boundaries, and the
/// yields' descriptions: what a vendor reads in the report.
/// </summary>
public sealed class CatalogValidatorMessagesTest
{
    private static readonly CatalogValidator Validator = new();

    private static readonly LocalDate AsOf = new(2026, 11, 23);

    private static readonly RuleSource Handbook = new("Demo Clinic handbook: contact hours, approved minimum, one-hour CPR card");

    /// <summary>A custom policy in contact hours with no conversion, an approved minimum but no non-approved cap, and a CPR card worth 1 clinical hour.</summary>
    private static readonly CredentialPolicy Demo =
        new(new Credential("demo-ma", new CertifyingBody("demo", "DMO", "Demo Clinic"), "DMO-MA", "Demo Clinic medical assistant"), "2024", LocalDate.MinIsoValue,
            new ExpirationRule("demo-ma/expiration", Handbook, Period.FromYears(1), ExpirationConvention.DayBeforeAnniversary),
            new CreditWindowRule("demo-ma/window", Handbook),
            new UnitRule("demo-ma/units", Handbook, CreditUnit.ContactHour, ImmutableArray<UnitConversion>.Empty)
            {
                PluralName = "contact hours",
                SingularName = "contact hour",
            },
            new CeTimeLimit("demo-ma/ce-time-limit", Handbook, null))
        {
            Categories = new CategoryRule("demo-ma/categories", Handbook, ImmutableArray.Create(Category.Clinical), required: false),
            Requirements = ImmutableArray.Create<CreditRequirement>(
                new TotalMinimum("demo-ma/total", Handbook, CreditAmount.FromUnits(12)),
                new ApprovedMinimum("demo-ma/approved", Handbook, CreditAmount.FromUnits(4))),
            CprCards = new CprCardRule("demo-ma/cpr-cards", Handbook, CreditAmount.FromUnits(1), Category.Clinical,
                requiredValidMonths: 24, maxCards: 3, countsAsApproved: true),
        };

    private static readonly CatalogValidator DemoValidator = new(new PolicyCatalog([Demo]));

    private static CreditLine Points(decimal amount, string? category = "clinical", bool approved = true, CreditUnit? unit = null) =>
        new(CreditAmount.FromDecimal(amount), unit ?? CreditUnit.AamaPoint, category is null ? null : new Category(category))
        {
            ApprovedBy = approved ? ["aama"] : [],
            ApprovalReference = approved ? "AAMA-1" : null,
        };

    private static Course Course(int? minutes = 120, params CreditOffer[] offers) =>
        new("C1", "Course C1", LearningActivityKind.Course) { DurationMinutes = minutes, Offers = [.. offers] };

    private static CreditOffer Offer(string credential, params CreditLine[] lines) => new(credential, lines);

    private static CatalogValidation Validate(params Course[] courses) => Validator.Validate(new CourseCatalog("Example Academy", courses), AsOf);

    private static Finding Single(CatalogValidation validation, string code)
    {
        var found = validation.Findings.Where(f => f.Code == code).ToList();
        Assert.True(found.Count == 1, $"expected one '{code}' among: {string.Join("; ", validation.Findings)}");
        return found[0];
    }

    private static void None(CatalogValidation validation, string code) =>
        Assert.DoesNotContain(validation.Findings, f => f.Code == code);

    [Fact]
    public void Validating_no_catalog_throws_naming_the_catalog()
    {
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => Validator.Validate(null!, AsOf)).ParamName);
    }

    [Fact]
    public void An_unknown_credential_is_reported_with_every_known_one()
    {
        var finding = Single(Validate(Course(offers: Offer("cma", Points(1)))), CatalogFindingCodes.UnknownCredential);
        Assert.Equal("'cma' is not a known credential; known: aama-cma, amt-rma, ncct-ncma, nha-ccma.", finding.Message);
    }

    [Fact]
    public void A_course_of_exactly_the_plausible_maximum_duration_is_not_absurd()
    {
        None(Validate(Course(CatalogValidator.MaxPlausibleMinutes, Offer("aama-cma", Points(1)))), CatalogFindingCodes.AbsurdDuration);
    }

    [Fact]
    public void A_course_one_minute_over_the_plausible_maximum_is_absurd()
    {
        var finding = Single(Validate(Course(CatalogValidator.MaxPlausibleMinutes + 1, Offer("aama-cma", Points(1)))), CatalogFindingCodes.AbsurdDuration);
        Assert.Equal(("courses[0].durationMinutes", FindingSeverity.Error), (finding.Path, finding.Severity));
        Assert.Equal("The duration of course 1 is 1000 hours and 1 minute, more than the 1000 hours one course may plausibly last.", finding.Message);
    }

    [Fact]
    public void A_missing_duration_says_the_credit_cannot_be_checked()
    {
        var finding = Single(Validate(Course(null, Offer("aama-cma", Points(1)))), CatalogFindingCodes.MissingDuration);
        Assert.Equal("courses[0].durationMinutes", finding.Path);
        Assert.Equal("The course states no duration, so the credit it claims cannot be checked against its time.", finding.Message);
    }

    [Fact]
    public void Content_areas_that_do_not_add_up_are_listed_with_their_sum_and_the_duration()
    {
        var finding = Single(Validate(new Course("C1", "Phlebotomy", LearningActivityKind.Course)
        {
            DurationMinutes = 90,
            ContentAreas = [new ContentArea(Category.Clinical, 60), new ContentArea(Category.Administrative, 20)],
            Offers = [Offer("aama-cma", Points(1))],
        }), CatalogFindingCodes.ContentMinutesMismatch);
        Assert.Equal("The content areas add up to 1 hour and 20 minutes (1 hour (clinical) and 20 minutes (administrative)), but the course lasts 1 hour and 30 minutes (the list of content areas of course 1).", finding.Message);
    }

    [Fact]
    public void A_missing_completion_period_is_reported_on_the_offer_with_the_bodys_period()
    {
        var course = new Course("S", "Self-study", LearningActivityKind.SelfStudy) { DurationMinutes = 120, Offers = [Offer("aama-cma", Points(2))] };
        var finding = Single(Validate(course), CatalogFindingCodes.MissingCompletionPeriod);
        Assert.Equal(("courses[0].offers[0]", FindingSeverity.Error), (finding.Path, finding.Severity));
        Assert.Equal("A self-study course must state its completion period: the CMA (AAMA) counts it only when completed within 6 months of purchase (offer 1 of course 1).",
            finding.Message);
    }

    [Fact]
    public void A_completion_period_longer_than_the_body_counts_is_reported_on_the_offer()
    {
        var course = new Course("S", "Self-study", LearningActivityKind.SelfStudy) { DurationMinutes = 120, CompleteWithinMonths = 12, Offers = [Offer("aama-cma", Points(2))] };
        var finding = Single(Validate(course), CatalogFindingCodes.CompletionPeriodTooLong);
        Assert.Equal(("courses[0].offers[0]", FindingSeverity.Error), (finding.Path, finding.Severity));
        Assert.Equal("The course gives 12 months to complete it; the CMA (AAMA) counts it only when completed within 6 months of purchase (offer 1 of course 1).",
            finding.Message);
    }

    [Fact]
    public void A_line_of_exactly_the_plausible_maximum_credit_is_not_absurd()
    {
        None(Validate(Course(offers: Offer("aama-cma", Points(1000)))), CatalogFindingCodes.AbsurdAmount);
    }

    [Fact]
    public void A_line_a_hundredth_over_the_plausible_maximum_credit_is_absurd()
    {
        var finding = Single(Validate(Course(offers: Offer("aama-cma", Points(1000.01m)))), CatalogFindingCodes.AbsurdAmount);
        Assert.Equal("courses[0].offers[0].credits[0].amount", finding.Path);
        Assert.Equal("The amount of credit line 1 of offer 1 of course 1 claims 1000.01 AAMA points, more than the 1000 one course may plausibly earn.", finding.Message);
    }

    [Fact]
    public void An_approval_without_reference_names_the_approvers()
    {
        var line = new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama", "amt"] };
        var finding = Single(Validate(Course(offers: Offer("aama-cma", line))), CatalogFindingCodes.ApprovalWithoutReference);
        Assert.Equal("The approval reference of credit line 1 of offer 1 of course 1 is missing: the line claims approval by aama, amt without a reference number for it.", finding.Message);
    }

    [Fact]
    public void An_unknown_unit_names_the_bodys_unit_and_the_units_it_converts()
    {
        var finding = Single(Validate(Course(offers: Offer("aama-cma", Points(1, unit: CreditUnit.NhaCredit)))), CatalogFindingCodes.UnknownUnit);
        Assert.Equal("The unit of credit line 1 of offer 1 of course 1 is “nha-credit”, a unit the CMA (AAMA) neither counts nor converts; it counts AAMA points, contact hours, IACET CEUs and college credits.", finding.Message);
    }

    [Fact]
    public void An_unknown_unit_under_a_policy_converting_nothing_names_only_its_unit()
    {
        var validation = DemoValidator.Validate(new CourseCatalog("Example Academy", [Course(offers: Offer("demo-ma", Points(1)))]), AsOf);
        var finding = Single(validation, CatalogFindingCodes.UnknownUnit);
        Assert.Equal("courses[0].offers[0].credits[0].unit", finding.Path);
        Assert.Equal("The unit of credit line 1 of offer 1 of course 1 is “aama-point”, a unit the DMO-MA (DMO) neither counts nor converts; it counts contact hours.", finding.Message);
    }

    [Fact]
    public void A_converted_unit_is_reported_on_the_unit_with_the_converted_amount()
    {
        var finding = Single(Validate(Course(offers: Offer("aama-cma", Points(2, unit: CreditUnit.ContactHour)))), CatalogFindingCodes.ConvertedUnit);
        Assert.Equal(("courses[0].offers[0].credits[0].unit", FindingSeverity.Info), (finding.Path, finding.Severity));
        Assert.Equal("The CMA (AAMA) converts 2 contact hours to 2 AAMA points; state the credit in its own unit to be exact (the unit of credit line 1 of offer 1 of course 1).", finding.Message);
    }

    [Fact]
    public void College_credit_is_checked_as_the_non_approved_points_it_converts_to_even_when_approved()
    {
        // 1 college credit is 15 AAMA points, never approved; 100 minutes support 2 non-approved points.
        var line = new CreditLine(CreditAmount.FromUnits(1), CreditUnit.CollegeCredit, Category.Clinical) { ApprovedBy = ["aama"], ApprovalReference = "AAMA-1" };
        var validation = Validate(Course(100, Offer("aama-cma", line)));
        var finding = Single(validation, CatalogFindingCodes.CreditExceedsDuration);
        Assert.Equal(("courses[0].offers[0].credits", FindingSeverity.Error), (finding.Path, finding.Severity));
        Assert.Equal("The offer claims 15 AAMA points not approved by the certifying body; a duration of 1 hour and 40 minutes supports at most 2 AAMA points, at one per 50 minutes (the list of credit lines of offer 1 of course 1).",
            finding.Message);
        None(validation, CatalogFindingCodes.ApprovedCreditExceedsDuration);
    }

    [Fact]
    public void Approved_contact_hours_count_as_approved_credit()
    {
        // 2 AAMA-approved contact hours on a 60-minute course: more than the 1.2 points the time supports, but approved.
        var validation = Validate(Course(60, Offer("aama-cma", Points(2, unit: CreditUnit.ContactHour))));
        Assert.Equal(FindingSeverity.Warning, Single(validation, CatalogFindingCodes.ApprovedCreditExceedsDuration).Severity);
        None(validation, CatalogFindingCodes.CreditExceedsDuration);
    }

    [Fact]
    public void A_cpr_card_of_another_validity_names_both_validities()
    {
        var card = new Course("CPR", "CPR", LearningActivityKind.CprCard) { DurationMinutes = 240, ValidMonths = 12, Offers = [Offer("aama-cma", Points(4))] };
        var finding = Single(Validate(card), CatalogFindingCodes.CprValidity);
        Assert.Equal("The card is valid for 12 months; the CMA (AAMA) values only a CPR card valid for 24 months (offer 1 of course 1).", finding.Message);
    }

    [Fact]
    public void A_cpr_card_of_unstated_validity_says_so()
    {
        var card = new Course("CPR", "CPR", LearningActivityKind.CprCard) { DurationMinutes = 240, Offers = [Offer("aama-cma", Points(4))] };
        var finding = Single(Validate(card), CatalogFindingCodes.CprValidity);
        Assert.Equal("courses[0].offers[0]", finding.Path);
        Assert.Equal("The card is valid for an unstated period; the CMA (AAMA) values only a CPR card valid for 24 months (offer 1 of course 1).", finding.Message);
    }

    [Fact]
    public void A_cpr_course_claiming_other_credit_lists_each_line_it_claims()
    {
        var card = new Course("CPR", "CPR", LearningActivityKind.CprCard) { DurationMinutes = 240, ValidMonths = 24, Offers = [Offer("aama-cma", Points(2), Points(2, null))] };
        var finding = Single(Validate(card), CatalogFindingCodes.CprCredit);
        Assert.Equal(("courses[0].offers[0].credits", FindingSeverity.Error), (finding.Path, finding.Severity));
        Assert.Equal("A CPR card earns exactly 4 AAMA points in the clinical category for the CMA (AAMA); the list of credit lines of offer 1 of course 1 claims 2 AAMA points (clinical) and 2 AAMA points (no category).",
            finding.Message);
    }

    [Fact]
    public void A_cpr_course_claiming_nothing_says_it_claims_none()
    {
        var card = new Course("CPR", "CPR", LearningActivityKind.CprCard) { DurationMinutes = 240, ValidMonths = 24, Offers = [Offer("aama-cma")] };
        var finding = Single(Validate(card), CatalogFindingCodes.CprCredit);
        Assert.Equal("A CPR card earns exactly 4 AAMA points in the clinical category for the CMA (AAMA); the list of credit lines of offer 1 of course 1 claims nothing.", finding.Message);
    }

    [Fact]
    public void A_cpr_card_worth_one_unit_is_named_in_the_singular()
    {
        var card = new Course("CPR", "CPR", LearningActivityKind.CprCard)
        {
            DurationMinutes = 240,
            ValidMonths = 24,
            Offers = [Offer("demo-ma", Points(2, approved: false, unit: CreditUnit.ContactHour))],
        };
        var finding = Single(DemoValidator.Validate(new CourseCatalog("Example Academy", [card]), AsOf), CatalogFindingCodes.CprCredit);
        Assert.Equal("A CPR card earns exactly 1 contact hour in the clinical category for the DMO-MA (DMO); the list of credit lines of offer 1 of course 1 claims 2 contact hours (clinical).", finding.Message);
    }

    [Fact]
    public void A_category_for_a_body_without_categories_is_named_as_ignored()
    {
        var validation = Validate(Course(offers: Offer("amt-rma", new CreditLine(CreditAmount.FromUnits(2), CreditUnit.AmtCcpPoint, Category.Clinical))));
        var finding = Single(validation, CatalogFindingCodes.CategoryIgnored);
        Assert.Equal("courses[0].offers[0].credits[0].category", finding.Path);
        Assert.Equal("The RMA (AMT) has no categories, so the category “clinical” is ignored (the category of credit line 1 of offer 1 of course 1).", finding.Message);
    }

    [Fact]
    public void A_missing_category_lists_the_bodys_categories()
    {
        var finding = Single(Validate(Course(offers: Offer("aama-cma", Points(1, null)))), CatalogFindingCodes.MissingCategory);
        Assert.Equal("The category of credit line 1 of offer 1 of course 1 is missing: the CMA (AAMA) sorts every unit into general, clinical and administrative.", finding.Message);
    }

    [Fact]
    public void An_unknown_category_lists_the_bodys_categories()
    {
        var finding = Single(Validate(Course(offers: Offer("aama-cma", Points(1, "ethics")))), CatalogFindingCodes.UnknownCategory);
        Assert.Equal("The category of credit line 1 of offer 1 of course 1 is “ethics”, which is not one of the policy's categories: general, clinical and administrative.", finding.Message);
    }

    [Fact]
    public void Non_approved_credit_on_a_course_of_exactly_the_minimum_duration_is_fine()
    {
        var validation = Validate(Course(50, Offer("aama-cma", Points(1, approved: false))));
        Assert.Empty(validation.Findings);
    }

    [Fact]
    public void Non_approved_credit_on_a_course_a_minute_under_the_minimum_is_too_short()
    {
        var finding = Single(Validate(Course(49, Offer("aama-cma", Points(0.5m, approved: false)))), CatalogFindingCodes.TooShort);
        Assert.Equal(("courses[0].offers[0]", FindingSeverity.Error), (finding.Path, finding.Severity));
        Assert.Equal("The course lasts 49 minutes; credit not approved by the certifying body needs a course of at least 50 minutes (offer 1 of course 1).", finding.Message);
    }

    [Fact]
    public void Only_approved_credit_on_a_short_course_is_not_too_short()
    {
        var validation = Validate(Course(30, Offer("aama-cma", Points(0.5m))));
        Assert.Empty(validation.Findings);
    }

    [Fact]
    public void Approved_credit_of_exactly_what_the_duration_supports_is_fine()
    {
        var validation = Validate(Course(100, Offer("aama-cma", Points(2))));
        Assert.Empty(validation.Findings);
    }

    [Fact]
    public void Approved_credit_beyond_the_duration_is_a_warning_on_the_credits_naming_both_amounts()
    {
        var finding = Single(Validate(Course(60, Offer("aama-cma", Points(3)))), CatalogFindingCodes.ApprovedCreditExceedsDuration);
        Assert.Equal(("courses[0].offers[0].credits", FindingSeverity.Warning), (finding.Path, finding.Severity));
        Assert.Equal("The offer claims 3 AAMA points, more than the 1.2 AAMA points that a duration of 1 hour supports at one per 50 minutes; the approved part counts as approved, but check it (the list of credit lines of offer 1 of course 1).",
            finding.Message);
    }

    [Fact]
    public void Credit_under_a_policy_without_minutes_per_unit_is_noted_as_not_checked()
    {
        var finding = Single(Validate(Course(offers: Offer("amt-rma", new CreditLine(CreditAmount.FromUnits(2), CreditUnit.AmtCcpPoint, null)))), CatalogFindingCodes.DurationNotChecked);
        Assert.Equal("courses[0].offers[0].credits", finding.Path);
        Assert.Equal("The RMA (AMT) policy states no minutes per unit, so the credit claimed is not checked against the duration (the list of credit lines of offer 1 of course 1).", finding.Message);
    }

    [Fact]
    public void Content_areas_split_evenly_imply_nothing_against_the_first_listed_category()
    {
        var course = new Course("C1", "Clinical and front office", LearningActivityKind.Course)
        {
            DurationMinutes = 100,
            ContentAreas = [new ContentArea(Category.Clinical, 50), new ContentArea(Category.Administrative, 50)],
            Offers = [Offer("aama-cma", Points(2, "clinical"))],
        };
        Assert.Empty(Validate(course).Findings);
    }

    [Fact]
    public void Non_approved_credit_is_described_as_such_for_a_body_with_an_approved_minimum()
    {
        var course = Course(60, Offer("demo-ma", Points(1, approved: false, unit: CreditUnit.ContactHour)));
        var offered = Assert.Single(DemoValidator.Validate(new CourseCatalog("Example Academy", [course]), AsOf).Yields);
        Assert.Equal("1 contact hour in the clinical category (not approved by the DMO)", offered.Description);
    }

    [Fact]
    public void Non_approved_credit_is_described_as_such_for_the_aama()
    {
        var offered = Assert.Single(Validate(Course(120, Offer("aama-cma", Points(2, approved: false)))).Yields);
        Assert.Equal("2 AAMA points in the clinical category (not approved by the AAMA)", offered.Description);
        Assert.Equal("2 puntos de la AAMA en la categoría clínica (no aprobados por la AAMA)", Explainer.Spanish.Yield(offered));
    }
}
