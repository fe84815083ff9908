using System;
using CeuRules.Catalogs;
using CeuRules.Model;
using Xunit;

namespace CeuRules.Tests.Catalogs;

/// <summary>The argument checks, equality and display forms of the catalog model and its findings.</summary>
public sealed class CatalogModelContractTest
{
    private static Course Course(string id = "EA-101") => new(id, "Phlebotomy update", LearningActivityKind.Course);

    private static Finding Finding(string code = "duplicate-course-id", FindingSeverity severity = FindingSeverity.Error,
        string path = "courses[1].id", string message = "The course id 'X' is also the id of courses[0]; ids must be unique.") =>
        new(code, severity, path, message);

    [Fact]
    public void A_catalog_refuses_a_null_course_naming_the_courses()
    {
        var e = Assert.Throws<ArgumentException>(() => new CourseCatalog("Example Academy", [Course(), null!]));
        Assert.Equal("courses", e.ParamName);
        Assert.StartsWith("A course must not be null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_catalog_displays_its_vendor_and_how_many_courses_it_has()
    {
        Assert.Equal("Example Academy: 2 courses", new CourseCatalog("Example Academy", [Course("A"), Course("B")]).ToString());
    }

    [Fact]
    public void A_course_id_of_exactly_the_maximum_length_is_accepted()
    {
        var id = new string('x', LearningActivity.MaxIdLength);
        Assert.Equal(id, Course(id).Id);
    }

    [Fact]
    public void A_course_id_one_character_over_the_maximum_is_refused_with_its_length()
    {
        var e = Assert.Throws<ArgumentException>(() => Course(new string('x', LearningActivity.MaxIdLength + 1)));
        Assert.Equal("id", e.ParamName);
        Assert.StartsWith("A course id must be at most 200 characters; was 201.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_refuses_the_default_kind()
    {
        var e = Assert.Throws<ArgumentException>(() => new Course("EA-101", "Phlebotomy update", default));
        Assert.Equal("kind", e.ParamName);
        Assert.StartsWith("The kind must not be the default value.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_card_validity_is_refused_and_zero_is_accepted()
    {
        Assert.Equal("ValidMonths", Assert.Throws<ArgumentOutOfRangeException>(() => new Course("CPR", "CPR", LearningActivityKind.CprCard) { ValidMonths = -1 }).ParamName);
        Assert.Equal(0, new Course("CPR", "CPR", LearningActivityKind.CprCard) { ValidMonths = 0 }.ValidMonths);
    }

    [Fact]
    public void A_negative_completion_period_is_refused_and_zero_is_accepted()
    {
        Assert.Equal("CompleteWithinMonths",
            Assert.Throws<ArgumentOutOfRangeException>(() => new Course("S", "Self-study", LearningActivityKind.SelfStudy) { CompleteWithinMonths = -1 }).ParamName);
        Assert.Equal(0, new Course("S", "Self-study", LearningActivityKind.SelfStudy) { CompleteWithinMonths = 0 }.CompleteWithinMonths);
    }

    [Fact]
    public void Default_lists_set_on_a_course_read_as_empty()
    {
        var course = new Course("EA-101", "Phlebotomy update", LearningActivityKind.Course)
        {
            ContentAreas = default,
            Topics = default,
            Offers = default,
        };
        Assert.False(course.ContentAreas.IsDefault);
        Assert.Empty(course.ContentAreas);
        Assert.False(course.Topics.IsDefault);
        Assert.Empty(course.Topics);
        Assert.False(course.Offers.IsDefault);
        Assert.Empty(course.Offers);
    }

    [Fact]
    public void A_null_content_area_is_refused_naming_the_property()
    {
        var e = Assert.Throws<ArgumentException>(() => new Course("EA-101", "Phlebotomy update", LearningActivityKind.Course)
        {
            ContentAreas = [new ContentArea(Category.Clinical, 60), null!],
        });
        Assert.Equal("ContentAreas", e.ParamName);
        Assert.StartsWith("An element must not be null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_topic_or_offer_is_refused_naming_the_property()
    {
        Assert.Equal("Topics", Assert.Throws<ArgumentException>(() => new Course("EA-101", "T", LearningActivityKind.Course) { Topics = ["venipuncture", null!] }).ParamName);
        Assert.Equal("Offers", Assert.Throws<ArgumentException>(() => new Course("EA-101", "T", LearningActivityKind.Course) { Offers = [null!] }).ParamName);
    }

    [Fact]
    public void A_course_displays_its_id_kind_and_title()
    {
        Assert.Equal("EA-101 (self-study): Phlebotomy update", new Course("EA-101", "Phlebotomy update", LearningActivityKind.SelfStudy).ToString());
    }

    [Fact]
    public void A_content_area_refuses_the_default_category()
    {
        var e = Assert.Throws<ArgumentException>(() => new ContentArea(default, 30));
        Assert.Equal("category", e.ParamName);
        Assert.StartsWith("The category must not be the default value.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_area_refuses_negative_minutes_and_accepts_zero()
    {
        Assert.Equal("minutes", Assert.Throws<ArgumentOutOfRangeException>(() => new ContentArea(Category.Clinical, -1)).ParamName);
        Assert.Equal(0, new ContentArea(Category.Clinical, 0).Minutes);
    }

    [Fact]
    public void A_content_area_displays_its_category_and_minutes()
    {
        Assert.Equal("clinical: 60 minutes", new ContentArea(Category.Clinical, 60).ToString());
    }

    [Fact]
    public void An_offer_refuses_a_null_credit_line_naming_the_credits()
    {
        var e = Assert.Throws<ArgumentException>(() => new CreditOffer("aama-cma", [new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.Clinical), null!]));
        Assert.Equal("credits", e.ParamName);
        Assert.StartsWith("A credit line must not be null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_offer_displays_its_credential_and_every_line()
    {
        var offer = new CreditOffer("aama-cma",
        [
            new CreditLine(CreditAmount.FromUnits(2), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama"] },
            new CreditLine(CreditAmount.FromUnits(1), CreditUnit.ContactHour, null),
        ]);
        Assert.Equal("aama-cma: 2 aama-point clinical approved by aama, 1 contact-hour", offer.ToString());
    }

    [Fact]
    public void A_finding_refuses_an_undefined_severity_naming_it()
    {
        var e = Assert.Throws<ArgumentException>(() => Finding(severity: (FindingSeverity)7));
        Assert.Equal("severity", e.ParamName);
        Assert.StartsWith("Unknown severity 7.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(FindingSeverity.Error, "error")]
    [InlineData(FindingSeverity.Warning, "warning")]
    [InlineData(FindingSeverity.Info, "info")]
    public void Each_severity_has_its_documented_id(FindingSeverity severity, string id)
    {
        Assert.Equal(id, Finding(severity: severity).SeverityId);
    }

    [Fact]
    public void Findings_with_the_same_fields_are_equal_with_the_same_hash()
    {
        Assert.Equal(Finding(), Finding());
        Assert.True(Finding().Equals((object)Finding()));
        Assert.Equal(Finding().GetHashCode(), Finding().GetHashCode());
    }

    [Theory]
    [InlineData("code")]
    [InlineData("severity")]
    [InlineData("path")]
    [InlineData("message")]
    public void Findings_that_differ_in_one_field_are_not_equal(string field)
    {
        var other = field switch
        {
            "code" => Finding(code: "duplicate-offer"),
            "severity" => Finding(severity: FindingSeverity.Warning),
            "path" => Finding(path: "courses[2].id"),
            _ => Finding(message: "Another message."),
        };
        Assert.NotEqual(Finding(), other);
        Assert.False(Finding().Equals((object)other));
    }

    [Fact]
    public void A_finding_is_not_equal_to_null_or_to_another_type()
    {
        Assert.False(Finding().Equals(null));
        Assert.False(Finding().Equals((object?)null));
        Assert.False(Finding().Equals("courses[1].id"));
    }

    [Fact]
    public void A_finding_displays_its_path_message_and_code()
    {
        Assert.Equal("courses[1].id: The course id 'X' is also the id of courses[0]; ids must be unique. [duplicate-course-id]", Finding().ToString());
    }

    [Fact]
    public void A_yield_totals_what_it_counts_and_displays_its_course_credential_and_description()
    {
        var course = new Course("EA-101", "Phlebotomy update", LearningActivityKind.Course)
        {
            DurationMinutes = 120,
            Offers =
            [
                new CreditOffer("aama-cma",
                [
                    new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama"], ApprovalReference = "AAMA-1" },
                    new CreditLine(CreditAmount.FromUnits(1), CreditUnit.AamaPoint, Category.General),
                ]),
            ],
        };
        var offered = Assert.Single(new CatalogValidator().Validate(new CourseCatalog("Example Academy", [course]), new NodaTime.LocalDate(2026, 11, 23)).Yields);
        Assert.Equal(CreditAmount.FromUnits(2), offered.Total);
        Assert.Equal("EA-101 for CMA (AAMA): 1 AAMA point in the clinical category and 1 AAMA point in the general category (not approved by the AAMA)", offered.ToString());
    }
}
