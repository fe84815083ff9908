using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CeuRules.Json;
using CeuRules.Policies;
using CeuRules.Recommendations;
using CeuRules.Workforce;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>The recommended courses in the reports: the chosen courses and totals, in the reader's language, ids only in the details part.</summary>
public sealed class RecommendationSectionTest
{
    private static (ReportSamples.Evaluated Evaluated, Recommendation Recommendation) Example()
    {
        var path = ReportSamples.Example("cma-ccma-recommend.json");
        var evaluated = ReportSamples.Evaluate(path);
        var document = TranscriptJsonReader.ReadFile(path, PolicyCatalog.BuiltIn).Document!;
        var catalogs = new[] { "course-market.json", "budget-ce.json" }
            .Select(name => CatalogJsonReader.ReadFile(Path.Combine(ReportSamples.Root(), "docs", "examples", "catalogs", name)).Catalog!).ToList();
        var person = new Person(document.PersonId ?? "person", document.Certifications, document.Transcript);
        return (evaluated, new CourseRecommender().Recommend(person, catalogs, evaluated.AsOf));
    }

    private static string Html(ReportSamples.Evaluated evaluated, Recommendation recommendation, CultureInfo culture)
    {
        using var writer = new StringWriter();
        EvaluationReport.WriteHtml(writer, evaluated.AsOf, evaluated.Transcript, evaluated.Results,
            new ReportOptions { Culture = culture, Findings = evaluated.Findings, Recommendation = recommendation });
        return writer.ToString();
    }

    [Fact]
    public void The_section_lists_every_chosen_course_with_its_total_and_what_each_certification_would_reach()
    {
        var (evaluated, recommendation) = Example();
        Assert.NotEmpty(recommendation.Courses);
        var page = HtmlReportTest.Parse(Html(evaluated, recommendation, ReportSamples.English));
        var section = page.Descendants("section").Single(s => (string?)s.Attribute("id") == "recommendation");
        string text = string.Concat(section.DescendantNodes().OfType<XText>().Where(t => !t.Ancestors("details").Any()).Select(t => t.Value + " "));

        Assert.All(recommendation.Courses, course => Assert.Contains(course.Title, text, StringComparison.Ordinal));
        Assert.Contains(Explanations.Explainer.English.Money(recommendation.TotalCost), text, StringComparison.Ordinal);
        Assert.All(recommendation.Certifications, outlook => Assert.Contains(Explanations.Explainer.English.StatusName(outlook.StatusAfter), text, StringComparison.Ordinal));
        // Course ids are for the details part only.
        Assert.All(recommendation.Courses.Select(c => c.CourseId).Concat(recommendation.Alternatives.Select(a => a.CourseId)),
            id => Assert.DoesNotContain(id, text, StringComparison.Ordinal));
        var details = section.Descendants("details").Single();
        Assert.All(recommendation.Courses, course => Assert.Contains(course.CourseId, details.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void The_spanish_section_has_no_english_word_and_the_english_one_has()
    {
        var (evaluated, recommendation) = Example();
        string Readable(CultureInfo culture)
        {
            var section = HtmlReportTest.Parse(Html(evaluated, recommendation, culture)).Descendants("section").Single(s => (string?)s.Attribute("id") == "recommendation");
            string text = string.Concat(section.DescendantNodes().OfType<XText>().Where(t => !t.Ancestors("details").Any()).Select(t => t.Value + " "));
            // The names the catalogs and the bodies give are not the report's to translate.
            var names = recommendation.Courses.SelectMany(c => new[] { c.Title, c.Vendor })
                .Concat(recommendation.Alternatives.SelectMany(a => new[] { a.Title, a.Vendor }))
                .Concat(recommendation.Certifications.SelectMany(o => new[] { o.Credential.ToString(), o.Credential.Acronym, o.Credential.Body.Acronym }));
            foreach (var name in names.OrderByDescending(n => n.Length))
            {
                text = text.Replace(name, " ", StringComparison.Ordinal);
            }
            return text;
        }

        var spanish = SpanishReportTest.EnglishWord.Matches(Readable(ReportSamples.Spanish)).Select(m => m.Value).ToList();
        Assert.True(spanish.Count == 0, "English words in the Spanish section: " + string.Join(", ", spanish));
        Assert.NotEmpty(SpanishReportTest.EnglishWord.Matches(Readable(ReportSamples.English)));
    }

    [Fact]
    public void A_recommendation_as_of_another_date_is_refused()
    {
        var (evaluated, recommendation) = Example();
        var shifted = evaluated with { AsOf = evaluated.AsOf.PlusDays(1), Results = [] };
        using var writer = new StringWriter();
        var error = Assert.Throws<ArgumentException>(() => EvaluationReport.WriteHtml(writer, shifted.AsOf, shifted.Transcript, shifted.Results,
            new ReportOptions { Recommendation = recommendation }));
        Assert.Equal("options", error.ParamName);
    }

    [Fact]
    public void Without_a_recommendation_there_is_no_section()
    {
        var (evaluated, _) = Example();
        using var writer = new StringWriter();
        EvaluationReport.WriteHtml(writer, evaluated.AsOf, evaluated.Transcript, evaluated.Results, new ReportOptions());
        Assert.DoesNotContain("id=\"recommendation\"", writer.ToString(), StringComparison.Ordinal);
    }
}
