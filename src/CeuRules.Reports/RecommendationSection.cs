using System.Linq;
using CeuRules.Recommendations;

namespace CeuRules.Reports;

/// <summary>
/// The section "Courses that would make you current", written when <see cref="ReportOptions.Recommendation"/>
/// is given: the chosen courses with what each earns, their total price and time, what each certification
/// would then reach or what stays uncovered and why, and why the notable courses not chosen were not. Course
/// ids stay in the details part; every word comes from <see cref="ReportWords"/> and its explainer.
/// </summary>
internal static class RecommendationSection
{
    internal static void WriteHtml(MarkupWriter html, Recommendation recommendation, ReportWords words, bool details)
    {
        var explain = words.Explain;
        html.Open("section", ("class", "recommendation"), ("id", "recommendation"), ("aria-label", words.RecommendationHeading));
        html.Element("h2", words.RecommendationHeading);
        html.Element("p", explain.RecommendationTitle(recommendation), ("class", "meta"));
        html.Element("p", explain.SolveStatus(recommendation.Status), ("class", recommendation.IsOptimal ? "solve" : "solve warning"));
        if (!recommendation.Courses.IsEmpty)
        {
            var columns = words.RecommendationColumns;
            html.Open("table", ("class", "recommended"));
            html.Open("thead").Open("tr")
                .Element("th", columns.Course, ("scope", "col")).Element("th", columns.Price, ("scope", "col"))
                .Element("th", columns.Time, ("scope", "col")).Element("th", columns.Earns, ("scope", "col"))
                .Close("tr").Close("thead");
            html.Open("tbody");
            foreach (var course in recommendation.Courses)
            {
                html.Open("tr");
                html.Open("th", ("scope", "row")).Text(course.Title).Element("span", course.Vendor, ("class", "sub")).Close("th");
                html.Element("td", course.Price is { } price ? explain.Money(price) : words.NoPrice, ("class", "number"));
                html.Element("td", course.DurationMinutes is { } minutes ? explain.Minutes(minutes) : words.NoDuration, ("class", "number"));
                html.Open("td").Open("ul", ("class", "earns"));
                foreach (var line in Earns(course, recommendation, words))
                {
                    html.Element("li", line);
                }
                html.Close("ul").Close("td");
                html.Close("tr");
            }
            html.Close("tbody");
            html.Open("tfoot").Open("tr")
                .Element("th", words.RecommendationTotal, ("scope", "row"))
                .Element("td", explain.Money(recommendation.TotalCost), ("class", "number"))
                .Element("td", explain.Minutes(recommendation.TotalMinutes), ("class", "number"))
                .Element("td", string.Empty)
                .Close("tr").Close("tfoot");
            html.Close("table");
        }
        html.Open("ul", ("class", "outlook"));
        foreach (var outlook in recommendation.Certifications)
        {
            html.Open("li").Element("strong", outlook.Credential.ToString()).Text(": " + words.Outlook(outlook));
            if (!outlook.Uncovered.IsEmpty)
            {
                html.Open("ul");
                foreach (var uncovered in outlook.Uncovered)
                {
                    html.Element("li", explain.Reason(uncovered.Reason, outlook.EvaluationAfter.Policy));
                }
                html.Close("ul");
            }
            html.Close("li");
        }
        html.Close("ul");
        if (!recommendation.Alternatives.IsEmpty)
        {
            html.Element("h3", words.NotChosenHeading);
            html.Open("ul", ("class", "alternatives"));
            foreach (var alternative in recommendation.Alternatives)
            {
                html.Open("li").Element("strong", alternative.Title).Text($" ({Offer(alternative.Vendor, alternative.Price, words)}): {explain.Reason(alternative.Reason)}").Close("li");
            }
            html.Close("ul");
        }
        if (details)
        {
            html.Open("details", ("class", "details")).Element("summary", words.DetailsSummary);
            html.Open("ul");
            foreach (var line in DetailLines(recommendation, words))
            {
                html.Element("li", line);
            }
            html.Close("ul").Close("details");
        }
        html.Close("section");
    }

    internal static void WriteText(TextLayout layout, Recommendation recommendation, ReportWords words)
    {
        var explain = words.Explain;
        layout.Heading(TextReport.Safe(words.RecommendationHeading));
        TextReport.Line(layout, explain.RecommendationTitle(recommendation));
        TextReport.Line(layout, explain.SolveStatus(recommendation.Status));
        if (!recommendation.Courses.IsEmpty)
        {
            var columns = words.RecommendationColumns;
            var total = TextReport.Row(words.RecommendationTotal, explain.Money(recommendation.TotalCost), explain.Minutes(recommendation.TotalMinutes), string.Empty);
            TextReport.Table(layout, [columns.Course, columns.Price, columns.Time, columns.Earns],
                recommendation.Courses.Select(course => TextReport.Row(
                    $"{course.Title} ({course.Vendor})",
                    course.Price is { } price ? explain.Money(price) : words.NoPrice,
                    course.DurationMinutes is { } minutes ? explain.Minutes(minutes) : words.NoDuration,
                    string.Join("; ", Earns(course, recommendation, words)))).Append(total));
        }
        foreach (var outlook in recommendation.Certifications)
        {
            TextReport.Line(layout, $"{outlook.Credential}: {words.Outlook(outlook)}");
            foreach (var uncovered in outlook.Uncovered)
            {
                TextReport.Line(layout, "  - " + explain.Reason(uncovered.Reason, outlook.EvaluationAfter.Policy));
            }
        }
        if (!recommendation.Alternatives.IsEmpty)
        {
            TextReport.Line(layout, words.NotChosenHeading);
            foreach (var alternative in recommendation.Alternatives)
            {
                TextReport.Line(layout, $"  - {alternative.Title} ({Offer(alternative.Vendor, alternative.Price, words)}): {explain.Reason(alternative.Reason)}");
            }
        }
    }

    /// <summary>The ids of the section, for the details part: each chosen course's, and each course not chosen with its reason's code.</summary>
    internal static System.Collections.Generic.IEnumerable<string> DetailLines(Recommendation recommendation, ReportWords words) =>
        recommendation.Courses.Select(course => words.CourseDetail(course.Title, course.Vendor, course.CourseId))
            .Concat(recommendation.Alternatives.Select(alternative => words.AlternativeDetail(alternative.Title, alternative.Vendor, alternative.CourseId, alternative.Reason.Code)));

    /// <summary>What a chosen course earns, one line per credential and requirement, in that credential's own unit.</summary>
    private static System.Collections.Generic.IEnumerable<string> Earns(RecommendedCourse course, Recommendation recommendation, ReportWords words) =>
        course.Earns.Select(credit =>
        {
            var policy = recommendation.Certifications.First(o => o.Credential == credit.Credential).EvaluationAfter.Policy;
            return $"{credit.Credential.Acronym}: {words.Explain.Earned(credit, policy)}";
        });

    /// <summary>Where a course not chosen is offered, with its price when the catalog states one: "Budget CE, $12.00".</summary>
    private static string Offer(string vendor, Model.Money? price, ReportWords words) => price is { } amount ? $"{vendor}, {words.Money(amount)}" : vendor;
}
