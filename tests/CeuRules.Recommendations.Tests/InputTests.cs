using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Json;
using CeuRules.Model;
using FsCheck;
using FsCheck.Fluent;
using Xunit;
using static CeuRules.Recommendations.Tests.Build;

namespace CeuRules.Recommendations.Tests;

/// <summary>Bad input gives coded findings, never exceptions; the words exist in both languages.</summary>
public class InputTests
{
    [Fact]
    public void No_catalog_is_a_finding()
    {
        var r = new CourseRecommender().Recommend(Person([Certification("nha-ccma")]), [], AsOf);
        Assert.Contains(r.Findings, f => f.Code == RecommendationCodes.NoCatalog && f.Path == "catalogs");
        Assert.Empty(r.Courses);
        Assert.False(r.Certifications[0].BecomesCurrent);
    }

    [Fact]
    public void An_empty_catalog_is_a_finding()
    {
        var r = new CourseRecommender().Recommend(Person([Certification("nha-ccma")]), [new CourseCatalog("Vendor", [])], AsOf);
        Assert.Contains(r.Findings, f => f.Code == RecommendationCodes.NoCatalog);
    }

    [Fact]
    public void No_certification_is_a_finding()
    {
        var r = new CourseRecommender().Recommend(Person([]), [new CourseCatalog("Vendor", [Course("c", 1, 60)])], AsOf);
        Assert.Contains(r.Findings, f => f.Code == RecommendationCodes.NoCertification);
        Assert.Empty(r.Certifications);
    }

    [Fact]
    public void An_unknown_credential_is_a_finding_with_its_place()
    {
        var stranger = new Credential("example-ma", new CertifyingBody("example", "EX", "Example body"), "EMA", "Example MA");
        var r = new CourseRecommender().Recommend(Person([new Certification(stranger, new(2025, 1, 1)), Certification("nha-ccma")]),
            [new CourseCatalog("Vendor", [Course("c", 1, 1200, Offer("nha-ccma", Line(10, CreditUnit.NhaCredit)))])], AsOf);
        var finding = Assert.Single(r.Findings, f => f.Code == RecommendationCodes.UnknownCredential);
        Assert.Equal("certifications[0].credential", finding.Path);
        Assert.Equal(["c"], r.Courses.Select(c => c.CourseId));
    }

    [Fact]
    public void A_course_without_a_price_is_left_out_of_a_cost_recommendation_with_a_finding()
    {
        var unpriced = new Course("free?", "No price", LearningActivityKind.Course) { DurationMinutes = 1200, Offers = [Offer("nha-ccma", Line(10, CreditUnit.NhaCredit))] };
        var catalog = new CourseCatalog("Vendor", [unpriced, Course("priced", 99, 1200, Offer("nha-ccma", Line(10, CreditUnit.NhaCredit)))]);
        var r = Recommend(Person([Certification("nha-ccma")]), RecommendationObjective.Cost, catalog);
        Assert.Equal(["priced"], r.Courses.Select(c => c.CourseId));
        Assert.Contains(r.Findings, f => f.Code == RecommendationCodes.NoPrice && f.Path == "catalogs[0].courses[0].price");
        Assert.Equal(RecommendationCodes.NoPrice, Assert.Single(r.Alternatives).Reason.Code);

        var byTime = Recommend(Person([Certification("nha-ccma")]), RecommendationObjective.Courses, catalog);
        Assert.Equal(["free?"], byTime.Courses.Select(c => c.CourseId));
    }

    [Fact]
    public void Catalog_errors_are_passed_on_with_the_catalogs_place()
    {
        var catalog = new CourseCatalog("Vendor", [Course("c", 1, 1200, Offer("nobody-knows", Line(10, CreditUnit.NhaCredit)))]);
        var r = new CourseRecommender().Recommend(Person([Certification("nha-ccma")]), [catalog], AsOf);
        Assert.Contains(r.Findings, f => f.Code == CatalogFindingCodes.UnknownCredential && f.Path == "catalogs[0].courses[0].offers[0].credential");
    }

    [Theory]
    [InlineData("-5", "negative-price")]
    [InlineData("1.234", "invalid-price")]
    [InlineData("\"ten\"", "wrong-type")]
    public void A_bad_price_in_a_catalog_document_is_a_finding(string price, string code)
    {
        var read = CatalogJsonReader.Read($$"""{ "vendor": "V", "courses": [ { "id": "c1", "title": "T", "kind": "course", "price": {{price}}, "offers": [] } ] }""");
        Assert.Null(read.Catalog);
        var finding = Assert.Single(read.Findings, f => f.Code == code);
        Assert.Equal("courses[0].price", finding.Path);
    }

    [Fact]
    public void A_price_reads_exactly()
    {
        var read = CatalogJsonReader.Read("""{ "vendor": "V", "courses": [ { "id": "c1", "title": "T", "kind": "course", "price": 19.99, "offers": [] } ] }""");
        Assert.Equal(Money.FromCents(1999), read.Catalog!.Courses[0].Price);
    }

    [Fact]
    public void Options_reject_nonsense_early()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecommendationOptions { TimeLimit = NodaTime.Duration.Zero });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecommendationOptions { MaxAlternatives = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecommendationOptions { Objective = (RecommendationObjective)7 });
        Assert.Throws<ArgumentNullException>(() => new CourseRecommender().Recommend(null!, [], AsOf));
    }

    [Fact]
    public void Spanish_words_of_generated_recommendations_have_no_English_word()
    {
        var englishWord = new System.Text.RegularExpressions.Regex(@"\b(the|and|of|to|not|counts?|points?|credits?|approved|with|by|from|only|limit|reached|price|"
            + @"courses?|catalogs?|exam|route|missing|still|would|cost|time|fewest|least|lowest|optimal|proven|selection|taken|already|nothing|needed?|"
            + @"window|category|administrative|clinical|toward|earns?|body|remains)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
        var spanish = CeuRules.Explanations.Explainer.Spanish;
        var property = Prop.ForAll(Arb.From(BruteForceProperties.CaseGen(["aama-cma", "nha-ccma"])), (SmallCase c) =>
        {
            var r = new CourseRecommender().Recommend(c.Person, [c.Catalog], AsOf, new RecommendationOptions { MaxAlternatives = 50 });
            var lines = new List<string> { spanish.RecommendationTitle(r), spanish.SolveStatusName(r.Status), spanish.SolveStatus(r.Status) };
            lines.AddRange(r.Courses.SelectMany(course => course.Earns).Select(e => spanish.Earned(e, r.Certifications.First(o => o.Credential.Equals(e.Credential)).EvaluationAfter.Policy)));
            lines.AddRange(r.Certifications.SelectMany(o => o.Uncovered).SelectMany(u => new[] { spanish.Reason(u.Reason), spanish.RecommendationLabel(u.Reason.Code) }));
            lines.AddRange(r.Alternatives.SelectMany(a => new[] { spanish.Reason(a.Reason), spanish.RecommendationLabel(a.Reason.Code) }));
            lines.AddRange(r.Findings.Select(f => spanish.RecommendationLabel(f.Code)));
            foreach (var line in lines)
            {
                var word = englishWord.Match(line);
                Assert.False(word.Success, $"The Spanish '{line}' has the English word '{word.Value}'.");
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40), property);
    }
}

/// <summary>On large generated catalogs the evaluator confirms every answer.</summary>
public class LargeCatalogTests
{
    [Fact]
    public void The_evaluator_confirms_answers_on_large_catalogs()
    {
        var property = Prop.ForAll(Arb.From(LargeCases.Gen(400)), (LargeCase c) =>
        {
            var r = Recommend(c.Person, c.Objective, c.Catalogs);
            Assert.True(r.IsOptimal || r.Status == RecommendationSolveStatus.Feasible);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(6), property);
    }
}

/// <summary>Catalogs validated once give the same recommendation as catalogs validated on each call.</summary>
public class ValidatedCatalogTests
{
    [Fact]
    public void Validated_catalogs_give_the_same_answer_and_a_validation_of_another_day_is_refused()
    {
        var property = Prop.ForAll(Arb.From(BruteForceProperties.CaseGen(["aama-cma", "nha-ccma"])), (SmallCase c) =>
        {
            var recommender = new CourseRecommender();
            var direct = RecommendationJsonWriter.ToJson(recommender.Recommend(c.Person, [c.Catalog], AsOf));
            var validated = RecommendationJsonWriter.ToJson(recommender.RecommendValidated(c.Person, [new CatalogValidator().Validate(c.Catalog, AsOf)], AsOf));
            Assert.Equal(direct, validated);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20), property);
        Assert.Throws<ArgumentException>(() => new CourseRecommender().RecommendValidated(Person([Certification("nha-ccma")]),
            [new CatalogValidator().Validate(new CourseCatalog("V", []), AsOf.PlusDays(1))], AsOf));
    }
}
