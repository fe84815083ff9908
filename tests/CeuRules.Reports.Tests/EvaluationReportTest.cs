using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>The public API of CeuRules.Reports as a C# caller uses it: arguments, options, culture, and what the plain part leaves to the details.</summary>
public sealed class EvaluationReportTest
{
    public static TheoryData<string, string> Examples() => ReportSamples.Examples();

    public static TheoryData<string, string> ExamplesInBothCultures() => ReportSamples.ExamplesInBothCultures();

    [Fact]
    public void A_report_is_written_from_csharp_with_the_default_options()
    {
        var evaluated = ReportSamples.Evaluate(ReportSamples.Example("cma-met.json"));
        using var html = new StringWriter();
        using var text = new StringWriter();

        EvaluationReport.WriteHtml(html, evaluated.AsOf, evaluated.Transcript, evaluated.Results, ReportOptions.Default);
        EvaluationReport.WriteText(text, evaluated.AsOf, evaluated.Transcript, evaluated.Results, ReportOptions.Default);

        var page = HtmlReportTest.Parse(html.ToString());
        Assert.Equal("en-US", (string?)page.Root!.Attribute("lang"));
        Assert.Equal("Recertification report", page.Descendants("h1").Single().Value);
        Assert.Equal("Recertification report", page.Descendants("title").First().Value);
        Assert.Contains("Status: Requirements met", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_culture_is_english_whatever_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("en-US", ReportOptions.Default.Culture.Name);
            Assert.Equal("en-US", new ReportOptions().Culture.Name);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Theory]
    [InlineData("es-US")]
    [InlineData("en-US")]
    [InlineData("es-MX")]
    public void The_page_declares_the_culture_it_was_written_for(string culture)
    {
        string html = ReportSamples.Html(ReportSamples.Example("cma-in-progress.json"), CultureInfo.GetCultureInfo(culture));
        Assert.Equal(culture, (string?)HtmlReportTest.Parse(html).Root!.Attribute("lang"));
    }

    [Fact]
    public void The_title_document_name_and_details_are_options()
    {
        var evaluated = ReportSamples.Evaluate(ReportSamples.Example("cma-in-progress.json"));
        var options = new ReportOptions { Title = "Your CMA recertification", DocumentName = "Maria Lopez", IncludeDetails = false };
        using var html = new StringWriter();
        using var text = new StringWriter();

        EvaluationReport.WriteHtml(html, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options);
        EvaluationReport.WriteText(text, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options);

        var page = HtmlReportTest.Parse(html.ToString());
        Assert.Equal("Your CMA recertification", page.Descendants("h1").Single().Value);
        Assert.Equal("Your CMA recertification: Maria Lopez", page.Descendants("title").First().Value);
        Assert.Empty(page.Descendants("details"));
        Assert.DoesNotContain("aama-cma", text.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Maria Lopez evaluated as of", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_are_refused_early_with_their_names()
    {
        var evaluated = ReportSamples.Evaluate(ReportSamples.Example("cma-met.json"));
        using var writer = new StringWriter();
        var options = ReportOptions.Default;

        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => EvaluationReport.WriteHtml(null!, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options)).ParamName);
        Assert.Equal("transcript", Assert.Throws<ArgumentNullException>(() => EvaluationReport.WriteText(writer, evaluated.AsOf, null!, evaluated.Results, options)).ParamName);
        Assert.Equal("evaluations", Assert.Throws<ArgumentNullException>(() => EvaluationReport.WriteHtml(writer, evaluated.AsOf, evaluated.Transcript, null!, options)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => EvaluationReport.WriteText(writer, evaluated.AsOf, evaluated.Transcript, evaluated.Results, null!)).ParamName);
        Assert.Equal("evaluations", Assert.Throws<ArgumentNullException>(() => EvaluationReport.WriteHtml(writer, evaluated.AsOf, evaluated.Transcript, [null!], options)).ParamName);
        var other = Assert.Throws<ArgumentException>(() => EvaluationReport.WriteHtml(writer, evaluated.AsOf.PlusDays(1), evaluated.Transcript, evaluated.Results, options));
        Assert.Equal("evaluations", other.ParamName);
        Assert.Contains("aama-cma", other.Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, writer.ToString());

        Assert.Throws<ArgumentNullException>(() => new ReportOptions { Culture = null! });
        Assert.Throws<ArgumentNullException>(() => new ReportOptions { Findings = null! });
        Assert.Throws<ArgumentException>(() => new ReportOptions { Findings = [null!] });
        Assert.Throws<ArgumentException>(() => new ReportOptions { Title = " " });
        Assert.Throws<ArgumentException>(() => new ReportOptions { DocumentName = "" });
    }

    /// <summary>
    /// Every id of an evaluation that a reader could tell from a word: policy, credential, rule, requirement
    /// and activity ids, and each source's URL. Only ids that are plain words ("total", "approved") are left
    /// out: every sentence comes from the explainer, which quotes no id, so none is excused.
    /// </summary>
    private static HashSet<string> Ids(ReportSamples.Evaluated evaluated)
    {
        var ids = AllIds(evaluated);
        ids.RemoveWhere(id => id.All(char.IsAsciiLetterLower));
        return ids;
    }

    private static HashSet<string> AllIds(ReportSamples.Evaluated evaluated)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in evaluated.Results)
        {
            ids.Add(result.Policy.PolicyId);
            ids.Add(result.Credential.Id);
            ids.Add(result.StatusRule.RuleId);
            ids.Add(result.WindowRule.RuleId);
            foreach (var deadline in result.Deadlines)
            {
                ids.Add(deadline.Rule.RuleId);
                AddUrl(ids, deadline.Rule.Source);
            }
            foreach (var requirement in result.Requirements)
            {
                ids.Add(requirement.RequirementId);
                ids.Add(requirement.Rule.RuleId);
                AddUrl(ids, requirement.Rule.Source);
            }
            foreach (var decision in result.Activities)
            {
                ids.Add(decision.ActivityId);
                foreach (var refused in decision.NotCounted)
                {
                    ids.Add(refused.RuleId);
                    AddUrl(ids, refused.Source);
                }
            }
            foreach (var fee in result.Fees)
            {
                ids.Add(fee.Rule.RuleId);
                AddUrl(ids, fee.Rule.Source);
            }
        }
        return ids;
    }

    private static void AddUrl(HashSet<string> ids, Policies.RuleSource source)
    {
        if (source.Url is { } url)
        {
            ids.Add(url.OriginalString);
        }
    }

    /// <summary>Whether an id stands in the text as a word of its own (an id like "a1" is not found inside "a10" or "area1").</summary>
    private static bool Mentions(string text, string id)
    {
        for (int at = text.IndexOf(id, StringComparison.Ordinal); at >= 0; at = text.IndexOf(id, at + 1, StringComparison.Ordinal))
        {
            bool before = at == 0 || !IsIdChar(text[at - 1]);
            bool after = at + id.Length == text.Length || !IsIdChar(text[at + id.Length]);
            if (before && after)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsIdChar(char c) => char.IsLetterOrDigit(c) || c is '-' or ':' or '@' or '/' or '_' or '.';

    [Theory]
    [MemberData(nameof(ExamplesInBothCultures))]
    public void No_id_appears_outside_the_details_part_of_the_html(string file, string culture)
    {
        var path = ReportSamples.Example(file);
        var evaluated = ReportSamples.Evaluate(path);
        var page = HtmlReportTest.Parse(ReportSamples.Html(path, CultureInfo.GetCultureInfo(culture)));
        string plain = HtmlReportTest.PlainText(page);
        string details = string.Concat(page.Descendants("details").Select(d => d.Value));

        var ids = Ids(evaluated);
        Assert.Empty(ids.Where(id => Mentions(plain, id)).Order());
        // The details keep every id, and the URL of each source.
        Assert.Empty(ids.Where(id => !details.Contains(id, StringComparison.Ordinal)).Order());
    }

    [Theory]
    [MemberData(nameof(ExamplesInBothCultures))]
    public void No_id_appears_outside_the_details_part_of_the_text(string file, string culture)
    {
        var path = ReportSamples.Example(file);
        var evaluated = ReportSamples.Evaluate(path);
        string text = ReportSamples.Text(path, CultureInfo.GetCultureInfo(culture));
        string heading = ReportWords.For(CultureInfo.GetCultureInfo(culture)).DetailsHeading;
        int at = text.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(at > 0, "The text report has no details part.");
        string plain = text[..at];
        string details = System.Text.RegularExpressions.Regex.Replace(text[at..], @"\s*\|\s*|\s+", string.Empty);

        var ids = Ids(evaluated);
        Assert.Empty(ids.Where(id => Mentions(plain, id)).Order());
        Assert.Empty(ids.Where(id => !details.Contains(id.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal)).Order());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_deadlines_of_the_route_the_person_is_on_come_first(string file, string status)
    {
        _ = status;
        var path = ReportSamples.Example(file);
        var evaluated = ReportSamples.Evaluate(path);
        var page = HtmlReportTest.Parse(ReportSamples.Html(path));
        var sections = HtmlReportTest.Sections(page);
        var ordered = EvaluationOrder.ByUrgency(evaluated.Results);
        for (int i = 0; i < ordered.Length; i++)
        {
            var result = ordered[i];
            Assert.Equal(result.Credential.Id, (string?)sections[i].Attribute("data-credential"));
            var table = HtmlReportTest.WithClass(sections[i], "table", "dates").SingleOrDefault();
            var kinds = table is null ? [] : table.Element("tbody")!.Elements("tr").Select(tr => (string)tr.Attribute("data-deadline")!).ToList();
            // Only the dates that still apply are listed, and none of them has passed.
            Assert.Equal(result.Deadlines.Where(d => d.Applies).Select(d => d.Kind.ToId()).Order(), kinds.Order());
            Assert.All(result.Deadlines.Where(d => d.Applies), d => Assert.True(d.DaysFromAsOf >= 0));
            // Those of the next step's route (and the expiration and obligations) come first.
            var route = result.NextStep.Route;
            bool[] other = kinds.Select(k => result.Deadlines.First(d => d.Kind.ToId() == k).Route is { } r && r != route).ToArray();
            Assert.Equal(other.OrderBy(e => e), other);
        }
    }

    [Fact]
    public void On_the_ce_route_the_last_ce_day_precedes_an_earlier_exam_deadline()
    {
        // cma-in-progress: the exam must be passed by 28 December 2025, before the expiration (28 February 2026).
        var page = HtmlReportTest.Parse(ReportSamples.Html(ReportSamples.Example("cma-in-progress.json")));
        var kinds = HtmlReportTest.WithClass(page, "table", "dates").Single().Element("tbody")!.Elements("tr").Select(tr => (string)tr.Attribute("data-deadline")!).ToList();
        Assert.Equal(["expiration", "last-ce-day", "exam-pass", "exam-application"], kinds);
        // Lapsed: no date applies any more, and the report says so instead of listing passed dates.
        var lapsed = HtmlReportTest.Parse(ReportSamples.Html(ReportSamples.Example("cma-lapsed.json")));
        Assert.Empty(HtmlReportTest.WithClass(lapsed, "table", "dates"));
    }

    [Fact]
    public void A_fee_the_body_does_not_confirm_says_so_plainly()
    {
        var page = HtmlReportTest.Parse(ReportSamples.Html(ReportSamples.Example("cma-in-progress.json")));
        var fees = HtmlReportTest.WithClass(page, "table", "fees").Single();
        string plain = fees.Value;
        Assert.DoesNotContain("secondary", plain, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("unconfirmed", plain, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Amount not yet confirmed by the AAMA: check it before paying.", HtmlReportTest.WithClass(fees, "td", "fee-note").First().Value);
    }
}
