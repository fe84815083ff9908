using System.Globalization;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;
using Xunit;
using static CeuRules.Recommendations.Tests.Build;

namespace CeuRules.Recommendations.Tests;

/// <summary>One hand-made case per rule the recommender must honour as the evaluator applies it.</summary>
public class RuleTests
{
    private static readonly LocalDate InWindow = new(2025, 6, 1);

    private static CourseCatalog Catalog(params Course[] courses) => new("Vendor", courses);

    /// <summary>A CMA transcript: approved points per category and non-approved points per category.</summary>
    private static LearningActivity[] Cma(decimal general, decimal clinical, decimal administrative, decimal nonApprovedGeneral = 0)
    {
        var lines = new[]
        {
            ("g", general, Category.General, "aama"), ("c", clinical, Category.Clinical, "aama"), ("a", administrative, Category.Administrative, "aama"),
            ("n", nonApprovedGeneral, Category.General, (string?)null),
        };
        // Approved lines without a duration, so that no other body converts them by time.
        return lines.Where(l => l.Item2 > 0).Select(l => Done(l.Item1, InWindow, Line(l.Item2, CreditUnit.AamaPoint, l.Item3, l.Item4)))
            .Select(a => a.Credits[0].ApprovedBy.IsEmpty ? a : new LearningActivity(a.Id, a.Kind, a.CompletedOn) { Title = a.Title, Credits = a.Credits })
            .ToArray();
    }

    [Fact]
    public void A_cheaper_non_approved_course_loses_when_approved_credit_is_missing_and_the_cap_is_reached()
    {
        // 25 approved, 30 non-approved (the cap): 5 more approved points are needed.
        var person = Person([Certification("aama-cma")], Cma(5, 10, 10, nonApprovedGeneral: 30));
        var catalog = Catalog(
            Course("cheap", 5, 300, Offer("aama-cma", Line(5, CreditUnit.AamaPoint, Category.General))),
            Course("approved", 40, 300, Offer("aama-cma", Line(5, CreditUnit.AamaPoint, Category.General, "aama"))));
        var r = Recommend(person, RecommendationObjective.Cost, catalog);
        Assert.Equal(["approved"], r.Courses.Select(c => c.CourseId));
        var alternative = Assert.Single(r.Alternatives);
        Assert.Equal(RecommendationCodes.NotApprovedCapReached, alternative.Reason.Code);
        Assert.Equal(Credential("aama-cma"), alternative.Reason.Argument("credential"));
        Assert.Equal(new Credit(CreditAmount.FromUnits(30), CreditUnit.AamaPoint), alternative.Reason.Argument("limit"));
    }

    [Fact]
    public void Non_approved_credit_closes_a_category_within_the_cap()
    {
        // 55 approved (none administrative), so the category needs 10 administrative points of any approval.
        var person = Person([Certification("aama-cma")], Cma(30, 25, 0));
        var catalog = Catalog(
            Course("admin-approved", 60, 600, Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Administrative, "aama"))),
            Course("admin-other", 20, 600, Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Administrative))),
            Course("clinical", 1, 600, Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Clinical, "aama"))));
        var r = Recommend(person, RecommendationObjective.Cost, catalog);
        Assert.Equal(["admin-other"], r.Courses.Select(c => c.CourseId));
        var earned = Assert.Single(r.Courses[0].Earns);
        Assert.Equal("category:administrative", earned.RequirementId);
        Assert.False(earned.Approved);
        Assert.Equal(CreditAmount.FromUnits(10), earned.Amount);
    }

    [Fact]
    public void A_category_no_course_supplies_stays_uncovered_with_its_shortfall()
    {
        var person = Person([Certification("aama-cma")], Cma(30, 25, 2));
        var catalog = Catalog(Course("clinical", 10, 600, Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Clinical, "aama"))));
        var r = Recommend(person, RecommendationObjective.Cost, catalog);
        var outlook = Assert.Single(r.Certifications);
        Assert.False(outlook.BecomesCurrent);
        Assert.Empty(r.Courses);
        var uncovered = Assert.Single(outlook.Uncovered);
        Assert.Equal("category:administrative", uncovered.RequirementId);
        Assert.Equal(CreditAmount.FromUnits(8), uncovered.Shortfall);
        Assert.Equal(RecommendationCodes.CategoryNotSupplied, uncovered.Reason.Code);
        Assert.Equal("The catalogs offer too little credit in the administrative category: 8 AAMA points would still be missing.", uncovered.Reason.Describe(CultureInfo.GetCultureInfo("en-US")));
        Assert.Equal("Los catálogos ofrecen muy poco crédito en la categoría administrativa: seguirían faltando 8 puntos de la AAMA.", uncovered.Reason.Describe(CultureInfo.GetCultureInfo("es-US")));
    }

    [Fact]
    public void CPR_cards_count_up_to_their_most()
    {
        // Clinical is 4 short; a CPR card (4 clinical points) is the cheapest way, unless three cards already count.
        var cpr = new Course("cpr", "CPR", LearningActivityKind.CprCard)
        {
            Price = Money.FromDollars(5), DurationMinutes = 240, ValidMonths = 24,
            Offers = [Offer("aama-cma", Line(4, CreditUnit.AamaPoint, Category.Clinical, "aama"))],
        };
        var clinical = Course("clinical", 50, 300, Offer("aama-cma", Line(4, CreditUnit.AamaPoint, Category.Clinical, "aama")));
        var fresh = Person([Certification("aama-cma")], Cma(30, 6, 20));
        Assert.Equal(["cpr"], Recommend(fresh, RecommendationObjective.Cost, Catalog(cpr, clinical)).Courses.Select(c => c.CourseId));

        var cards = Enumerable.Range(0, 3).Select(i => new LearningActivity($"card{i}", LearningActivityKind.CprCard, InWindow.PlusDays(i * 100)) { ValidMonths = 24 }).ToArray();
        // With three cards (12 clinical points) the total is 4 short: a fourth card would not count.
        var withCards = Person([Certification("aama-cma")], [.. Cma(30, 0, 14), .. cards]);
        var r = Recommend(withCards, RecommendationObjective.Cost, Catalog(cpr, clinical));
        Assert.Equal(["clinical"], r.Courses.Select(c => c.CourseId));
    }

    [Fact]
    public void A_course_the_body_refuses_earns_nothing_and_says_so()
    {
        var person = Person([Certification("ncct-ncma")]);
        var cpr = new Course("cpr", "CPR", LearningActivityKind.CprCard)
        {
            Price = Money.FromDollars(1), DurationMinutes = 840, ValidMonths = 24, Offers = [Offer("ncct-ncma", Line(14, CreditUnit.ClockHour))],
        };
        var course = Course("hours", 70, 840, Offer("ncct-ncma", Line(14, CreditUnit.ClockHour)));
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(cpr, course));
        Assert.Equal(["hours"], r.Courses.Select(c => c.CourseId));
        var alternative = Assert.Single(r.Alternatives);
        Assert.Equal(RecommendationCodes.RefusedByBody, alternative.Reason.Code);
        Assert.Equal(Credential("ncct-ncma"), alternative.Reason.Argument("credential"));
    }

    [Fact]
    public void Self_study_beyond_its_period_is_not_counted()
    {
        // AAMA: self-study must be completed within six months of purchase; a course that gives a year earns nothing.
        var person = Person([Certification("aama-cma")], Cma(30, 10, 10));
        var slow = new Course("slow", "Slow self-study", LearningActivityKind.SelfStudy)
        {
            Price = Money.FromDollars(1), DurationMinutes = 600, CompleteWithinMonths = 12,
            Offers = [Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Clinical, "aama"))],
        };
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(slow,
            new Course("quick", "Quick self-study", LearningActivityKind.SelfStudy) { Price = Money.FromDollars(9), DurationMinutes = 600, CompleteWithinMonths = 6, Offers = slow.Offers }));
        Assert.Equal(["quick"], r.Courses.Select(c => c.CourseId));
    }

    [Fact]
    public void Time_based_units_count_exact_fractions()
    {
        // NHA: one credit per 120 minutes. Twelve 100-minute courses earn exactly 10 credits (5/6 each), cheaper than one 20-hour course.
        var person = Person([Certification("nha-ccma")]);
        var shorts = Enumerable.Range(0, 12).Select(i => Course($"s{i}", 1, 100, Offer("nha-ccma", Line(1, CreditUnit.NhaCredit))));
        var r = Recommend(person, RecommendationObjective.Cost, Catalog([.. shorts, Course("long", 20, 1200, Offer("nha-ccma", Line(10, CreditUnit.NhaCredit)))]));
        Assert.Equal(12, r.Courses.Length);
        Assert.Equal(Money.FromDollars(12), r.TotalCost);
        Assert.Equal(CertificationStatus.RequirementsMet, r.Certifications[0].StatusAfter);
        Assert.Equal(CreditAmount.FromFraction(5, 6), r.Courses[0].Earns[0].Amount);
    }

    [Fact]
    public void One_course_counts_for_several_credentials()
    {
        var person = Person([Certification("aama-cma"), Certification("nha-ccma")], [.. Cma(30, 10, 10), Done("n", InWindow, Line(8, CreditUnit.NhaCredit))]);
        var both = Course("both", 30, 600,
            Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Clinical, "aama")), Offer("nha-ccma", Line(5, CreditUnit.NhaCredit)));
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(both,
            Course("cma-only", 20, 60, Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Clinical, "aama"))),
            Course("ccma-only", 20, 600, Offer("nha-ccma", Line(5, CreditUnit.NhaCredit)))));
        Assert.Equal(["both"], r.Courses.Select(c => c.CourseId));
        Assert.Equal(2, r.Courses[0].Earns.Select(e => e.Credential).Distinct().Count());
        Assert.All(r.Certifications, o => Assert.True(o.BecomesCurrent));
    }

    [Fact]
    public void A_course_already_taken_is_not_recommended_again()
    {
        var person = Person([Certification("nha-ccma")], Done("same", InWindow, Line(2, CreditUnit.NhaCredit)));
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(
            Course("same", 1, 1200, Offer("nha-ccma", Line(10, CreditUnit.NhaCredit))),
            Course("other", 50, 1200, Offer("nha-ccma", Line(10, CreditUnit.NhaCredit)))));
        Assert.Equal(["other"], r.Courses.Select(c => c.CourseId));
        var alternative = Assert.Single(r.Alternatives);
        Assert.Equal(RecommendationCodes.AlreadyTaken, alternative.Reason.Code);
        Assert.Equal("Ya figura en su historial y su crédito ya cuenta.", alternative.Reason.Describe(CultureInfo.GetCultureInfo("es-US")));
    }

    [Fact]
    public void A_lapsed_certification_is_uncovered_by_its_route()
    {
        var person = Person([new Certification(Credential("aama-cma"), new LocalDate(2019, 1, 10))]);
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(Course("any", 1, 600, Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Clinical, "aama")))));
        var outlook = Assert.Single(r.Certifications);
        Assert.Equal(CertificationStatus.LapsedExamRequired, outlook.StatusBefore);
        var uncovered = Assert.Single(outlook.Uncovered);
        Assert.Equal(RecommendationCodes.RouteClosed, uncovered.Reason.Code);
        Assert.Equal(outlook.Reason, uncovered.Reason);
        Assert.Equal(outlook.EvaluationAfter.NextStep.Action.ToId(), uncovered.Reason.Argument("action"));
        Assert.Equal("exam", uncovered.Reason.Argument("action"));
        Assert.Empty(r.Courses);
        Assert.Equal(RecommendationSolveStatus.NothingNeeded, r.Status);

        // The course offered only to the closed route is said to be so, never "earns nothing toward any credential held".
        var alternative = Assert.Single(r.Alternatives);
        Assert.Equal(RecommendationCodes.RouteClosed, alternative.Reason.Code);
        Assert.StartsWith("No course can renew the CMA", alternative.Reason.Describe(CultureInfo.GetCultureInfo("en-US")), System.StringComparison.Ordinal);
        Assert.StartsWith("Ningún curso puede renovar la CMA", alternative.Reason.Describe(CultureInfo.GetCultureInfo("es-US")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_certification_already_met_says_apply()
    {
        var person = Person([Certification("aama-cma")], Cma(40, 10, 10));
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(Course("any", 1, 600, Offer("aama-cma", Line(10, CreditUnit.AamaPoint, Category.Clinical, "aama")))));
        var outlook = Assert.Single(r.Certifications);
        Assert.True(outlook.BecomesCurrent);
        Assert.Equal(RecommendationCodes.AlreadyMet, outlook.Reason?.Code);
        Assert.Equal("apply", outlook.Reason!.Argument("action"));
        Assert.Contains("apply by", outlook.Reason.Describe(CultureInfo.GetCultureInfo("en-US")), System.StringComparison.Ordinal);
        Assert.Contains("presente su solicitud a más tardar", outlook.Reason.Describe(CultureInfo.GetCultureInfo("es-US")), System.StringComparison.Ordinal);
        Assert.Equal(RecommendationSolveStatus.NothingNeeded, r.Status);
    }

    [Fact]
    public void Two_courses_of_one_title_and_vendor_with_different_credit_both_count()
    {
        // The evaluator merges only activities alike in content: eth-1 and eth-2 both count.
        var person = Person([Certification("nha-ccma")], Done("n", InWindow, Line(5, CreditUnit.NhaCredit)));
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(
            new Course("eth-1", "Ethics", LearningActivityKind.Course) { Price = Money.FromDollars(4), DurationMinutes = 240, Offers = [Offer("nha-ccma", Line(2, CreditUnit.NhaCredit))] },
            new Course("eth-2", "Ethics", LearningActivityKind.Course) { Price = Money.FromDollars(6), DurationMinutes = 360, Offers = [Offer("nha-ccma", Line(3, CreditUnit.NhaCredit))] },
            new Course("long", "Long course", LearningActivityKind.Course) { Price = Money.FromDollars(8), DurationMinutes = 360, Offers = [Offer("nha-ccma", Line(3, CreditUnit.NhaCredit))] }));
        Assert.Equal(["eth-1", "eth-2"], r.Courses.Select(c => c.CourseId));
        Assert.Equal(Money.FromDollars(10), r.TotalCost);
        Assert.True(Assert.Single(r.Certifications).BecomesCurrent);
    }

    [Fact]
    public void A_larger_course_of_the_same_title_closes_the_gap()
    {
        var person = Person([Certification("nha-ccma")], Done("n", InWindow, Line(7, CreditUnit.NhaCredit)));
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(
            new Course("small", "Ethics", LearningActivityKind.Course) { Price = Money.FromDollars(5), DurationMinutes = 120, Offers = [Offer("nha-ccma", Line(1, CreditUnit.NhaCredit))] },
            new Course("large", "Ethics", LearningActivityKind.Course) { Price = Money.FromDollars(9), DurationMinutes = 360, Offers = [Offer("nha-ccma", Line(3, CreditUnit.NhaCredit))] }));
        Assert.Equal(RecommendationSolveStatus.Optimal, r.Status);
        Assert.Equal(["large"], r.Courses.Select(c => c.CourseId));
        Assert.True(Assert.Single(r.Certifications).BecomesCurrent);
    }

    [Fact]
    public void Identical_copies_of_a_course_count_once_and_say_so()
    {
        var person = Person([Certification("nha-ccma")], Done("n", InWindow, Line(5, CreditUnit.NhaCredit)));
        Course Copy(string id, int dollars) => new(id, "Ethics", LearningActivityKind.Course) { Price = Money.FromDollars(dollars), DurationMinutes = 600, Offers = [Offer("nha-ccma", Line(3, CreditUnit.NhaCredit))] };
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(Copy("a", 4), Copy("b", 5),
            new Course("other", "Other", LearningActivityKind.Course) { Price = Money.FromDollars(20), DurationMinutes = 600, Offers = [Offer("nha-ccma", Line(3, CreditUnit.NhaCredit))] }));
        Assert.Equal(["a", "other"], r.Courses.Select(c => c.CourseId));
        var copy = r.Alternatives.Single(a => a.CourseId == "b");
        Assert.Equal(RecommendationCodes.DuplicateOfCourse, copy.Reason.Code);
        Assert.Equal("a", copy.Reason.Argument("course"));
        Assert.Contains("duplicate of a chosen course", copy.Reason.Describe(CultureInfo.GetCultureInfo("en-US")), System.StringComparison.Ordinal);
        Assert.Contains("duplicado de un curso elegido", copy.Reason.Describe(CultureInfo.GetCultureInfo("es-US")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Recurring_training_already_counted_is_not_counted_again()
    {
        // NCCT: employer training of one title counts once per five years; a catalog "HIPAA refresher" repeating the transcript's counts 0.
        var person = Person([Certification("ncct-ncma")],
            Done("n", new LocalDate(2025, 10, 1), Line(7, CreditUnit.ClockHour)),
            new LearningActivity("hipaa-2025", LearningActivityKind.EmployerTraining, new LocalDate(2025, 11, 1)) { Title = "HIPAA refresher", DurationMinutes = 60, Credits = [Line(1, CreditUnit.ClockHour)] });
        Course Training(string id, string title, int dollars, int hours) => new(id, title, LearningActivityKind.EmployerTraining)
        {
            Price = Money.FromDollars(dollars),
            DurationMinutes = hours * 60,
            Offers = [Offer("ncct-ncma", Line(hours, CreditUnit.ClockHour))],
        };
        var r = Recommend(person, RecommendationObjective.Cost,
            Catalog(Training("hipaa", "HIPAA refresher", 1, 6), Training("osha", "OSHA update", 11, 3)),
            new CourseCatalog("Other vendor", [Training("hipaa-b", "HIPAA Refresher", 2, 6), Training("ethics", "Ethics", 12, 3)]));
        Assert.DoesNotContain(r.Findings, f => f.Code == RecommendationCodes.VerificationFailed);
        Assert.Equal(["osha", "ethics"], r.Courses.Select(c => c.CourseId));
        Assert.True(Assert.Single(r.Certifications).BecomesCurrent);
        var repeat = r.Alternatives.First(a => a.CourseId == "hipaa");
        Assert.Equal(RecommendationCodes.RecurringCounted, repeat.Reason.Code);
        Assert.Equal("hipaa-2025", repeat.Reason.Argument("activity"));
        Assert.Contains("once every 5 years", repeat.Reason.Describe(CultureInfo.GetCultureInfo("en-US")), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_course_for_the_cma_earns_nha_credit_by_its_duration()
    {
        var person = Person([Certification("aama-cma"), Certification("nha-ccma")], [.. Cma(40, 10, 10), Done("n", InWindow, Line(8, CreditUnit.NhaCredit))]);
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(
            Course("cma-240", 5, 240, Offer("aama-cma", Line(4, CreditUnit.AamaPoint, Category.Clinical, "aama"))),
            Course("ccma", 20, 240, Offer("nha-ccma", Line(2, CreditUnit.NhaCredit)))));
        Assert.Equal(["cma-240"], r.Courses.Select(c => c.CourseId));
        var earned = Assert.Single(r.Courses[0].Earns, e => e.Credential.Id == "nha-ccma");
        Assert.Equal(CreditAmount.FromUnits(2), earned.Amount);
    }

    [Fact]
    public void A_catalog_without_prices_says_no_price()
    {
        var person = Person([Certification("nha-ccma")], Done("n", InWindow, Line(8, CreditUnit.NhaCredit)));
        var r = Recommend(person, RecommendationObjective.Cost, Catalog(
            new Course("free", "Free", LearningActivityKind.Course) { DurationMinutes = 240, Offers = [Offer("nha-ccma", Line(2, CreditUnit.NhaCredit))] }));
        var outlook = Assert.Single(r.Certifications);
        Assert.False(outlook.BecomesCurrent);
        var uncovered = Assert.Single(outlook.Uncovered);
        Assert.Equal(RecommendationCodes.NoPrice, uncovered.Reason.Code);
        Assert.Equal(1, uncovered.Reason.Argument("courses"));
        Assert.StartsWith("Only courses without a price could make the CCMA current", uncovered.Reason.Describe(CultureInfo.GetCultureInfo("en-US")), System.StringComparison.Ordinal);
        Assert.StartsWith("Solo cursos sin precio podrían poner al día la CCMA", uncovered.Reason.Describe(CultureInfo.GetCultureInfo("es-US")), System.StringComparison.Ordinal);
        var time = Recommend(person, RecommendationObjective.Time, Catalog(
            new Course("free", "Free", LearningActivityKind.Course) { DurationMinutes = 240, Offers = [Offer("nha-ccma", Line(2, CreditUnit.NhaCredit))] }));
        Assert.Equal(["free"], time.Courses.Select(c => c.CourseId));
    }

    [Theory]
    [InlineData(RecommendationObjective.Cost, "cheap-long")]
    [InlineData(RecommendationObjective.Time, "dear-short")]
    [InlineData(RecommendationObjective.Courses, "cheap-long")]
    public void The_objective_decides_and_the_others_break_ties(RecommendationObjective objective, string expected)
    {
        var person = Person([Certification("amt-rma")], Done("t", InWindow, Line(25, CreditUnit.AmtCcpPoint)));
        var r = Recommend(person, objective, Catalog(
            Course("cheap-long", 10, 600, Offer("amt-rma", Line(5, CreditUnit.AmtCcpPoint))),
            Course("dear-short", 50, 300, Offer("amt-rma", Line(5, CreditUnit.AmtCcpPoint))),
            Course("cheap-longer", 10, 900, Offer("amt-rma", Line(5, CreditUnit.AmtCcpPoint)))));
        Assert.Equal([expected], r.Courses.Select(c => c.CourseId));
        Assert.True(r.IsOptimal);
    }
}
