using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>The HTML report: well-formed, self-contained, complete for every example, and safe with hostile text.</summary>
public sealed class HtmlReportTest : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("ceurules-html-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    public static TheoryData<string, string> Examples() => ReportSamples.Examples();

    /// <summary>The badge each status shows.</summary>
    private static readonly Dictionary<string, string> Badges = new()
    {
        ["in-progress"] = "In progress",
        ["met"] = "Requirements met",
        ["within-ce-time-limit"] = "Within the time allowed for CE",
        ["lapsed-exam-required"] = "Lapsed: exam required",
        ["ineligible"] = "No route to recertify",
    };

    /// <summary>The badge a status shows, where the next step says more than the status: expired with reactivation or only the exam left.</summary>
    private static string Badge(string status, string action) => (status, action) switch
    {
        ("within-ce-time-limit", "reactivate") => "Expired, can be reactivated",
        ("within-ce-time-limit", "exam") => "Expired, exam required",
        _ => Badges[status],
    };

    internal static string Example(string file) => ReportSamples.Example(file);

    internal static string Html(string path, CultureInfo? culture = null) => ReportSamples.Html(path, culture);

    internal static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    internal static IEnumerable<XElement> WithClass(XContainer root, string name, string cssClass) =>
        root.Descendants(name).Where(e => ((string?)e.Attribute("class") ?? string.Empty).Split(' ').Contains(cssClass));

    internal static List<string> ActivityIds(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.TryGetProperty("activities", out var activities)
            ? activities.EnumerateArray().Select(a => a.GetProperty("id").GetString()!).ToList()
            : [];
    }

    internal static int CertificationCount(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("certifications").GetArrayLength();
    }

    /// <summary>The text a person reads without opening the details part: every text node of the body outside <c>details</c>.</summary>
    internal static string PlainText(XDocument page) => string.Join(" ", page.Root!.Element("body")!.DescendantNodes().OfType<XText>()
        .Where(t => !t.Ancestors("details").Any()).Select(t => t.Value));

    /// <summary>The section of each certification, in document order.</summary>
    internal static List<XElement> Sections(XDocument page) => WithClass(page, "section", "certification").ToList();

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_is_one_well_formed_self_contained_page(string file, string status)
    {
        string html = Html(Example(file));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        var page = Parse(html);
        Assert.Equal("html", page.Root!.Name.LocalName);
        Assert.Equal("en-US", (string?)page.Root.Attribute("lang"));
        Assert.Single(page.Descendants("style"));
        var sections = Sections(page);
        Assert.Equal(CertificationCount(Example(file)), sections.Count);
        Assert.Equal(status, (string?)sections[0].Attribute("data-status"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        // The sources' URLs are text in the details part, never an attribute: nothing is fetched or linked.
        Assert.DoesNotContain(page.Descendants().Attributes(), a => a.Value.Contains("http", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(page.Descendants(), e => e.Attribute("src") is not null || e.Attribute("href") is not null);
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "link" or "img" or "iframe" or "object" or "embed" or "script");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_status_is_given_in_words_with_readable_dates(string file, string status)
    {
        var page = Parse(Html(Example(file)));
        foreach (var section in Sections(page))
        {
            Assert.Equal(Badge((string)section.Attribute("data-status")!, (string)section.Attribute("data-next-action")!), WithClass(section, "span", "badge").Single().Value);
            Assert.False(string.IsNullOrWhiteSpace(WithClass(section, "p", "headline").Single().Value));
        }
        Assert.Equal(status, (string?)Sections(page)[0].Attribute("data-status"));
        Assert.DoesNotMatch(new Regex(@"\b\d{4}-\d{2}-\d{2}\b"), PlainText(page));
    }

    [Theory]
    [InlineData("cma-in-progress.json", "Current until 28 February 2026 (3 months left). You still need 14 AAMA points in total, 1 AAMA point in the administrative category and 2 points approved by the AAMA.")]
    [InlineData("cma-met.json", "Current until 28 February 2026 (44 days left). Every requirement is met.")]
    [InlineData("cma-within-ce-time-limit.json", "Expired on 30 June 2025. The credit completed by 30 June 2025 falls short by 27 AAMA points in total and 1 AAMA point in the administrative category, and credit completed after that day does not count for this cycle.")]
    [InlineData("cma-lapsed.json", "Lapsed: the time to recertify by CE ended on 29 June 2024; recertify by passing the exam (3 of 3 attempts left).")]
    [InlineData("cma-ineligible.json", "3 of 3 exam attempts failed: no route to recertify is left. What happens now: you cannot take the exam or recertify until you complete an accredited medical assisting program again.")]
    public void The_headline_says_the_status_as_a_person_would(string file, string headline)
    {
        var page = Parse(Html(Example(file)));
        Assert.Equal(headline, WithClass(Sections(page)[0], "p", "headline").Single().Value);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_timeline_marks_the_as_of_date_and_every_activity_once(string file, string status)
    {
        _ = status;
        var path = Example(file);
        var ids = ActivityIds(path);
        foreach (var section in Sections(Parse(Html(path))))
        {
            var svg = WithClass(section, "svg", "timeline").Single();
            Assert.Equal("img", (string?)svg.Attribute("role"));
            Assert.NotNull(svg.Element("title"));
            var asOf = WithClass(svg, "g", "as-of").Single();
            Assert.Single(WithClass(asOf, "line", "as-of-line"));
            Assert.StartsWith("As of ", WithClass(asOf, "text", "as-of-label").Single().Value, StringComparison.Ordinal);
            Assert.NotEmpty(WithClass(svg, "g", "date"));

            var marks = WithClass(svg, "g", "mark").ToList();
            Assert.Equal(ids.Order(), marks.Select(m => (string)m.Attribute("data-activity")!).Order());
            Assert.All(marks, m => Assert.False(string.IsNullOrWhiteSpace(m.Element("title")?.Value)));
            var rows = WithClass(section, "table", "activities").SingleOrDefault()?.Element("tbody")!.Elements("tr").ToList() ?? [];
            Assert.Equal(ids.Order(), rows.Select(r => (string)r.Attribute("data-activity")!).Order());
            Assert.All(rows, r => Assert.Contains(r.Elements("td").ElementAt(3).Element("strong")!.Value, new[] { "Counted", "Partly counted", "Not counted" }));
        }
    }

    [Fact]
    public void Activities_outside_the_drawn_dates_sit_at_the_edge_and_say_so()
    {
        var page = Parse(Html(Example("cma-in-progress.json")));
        var svg = WithClass(page, "svg", "timeline").Single();
        var early = WithClass(svg, "g", "mark").Single(m => (string?)m.Attribute("data-activity") == "a0");
        Assert.Single(WithClass(early, "path", "edge"));
        Assert.Contains("before the dates drawn, placed at the left edge", early.Element("title")!.Value, StringComparison.Ordinal);
        Assert.Contains("left edge", page.Descendants("tr").Single(r => (string?)r.Attribute("data-activity") == "a0").Value, StringComparison.Ordinal);
        Assert.All(WithClass(svg, "g", "mark").Where(m => (string?)m.Attribute("data-activity") != "a0"), m => Assert.Empty(WithClass(m, "path", "edge")));
    }

    [Fact]
    public void Each_activity_says_why_in_words()
    {
        var page = Parse(Html(Example("cma-in-progress.json")));
        string Why(string id) => string.Join(" ", page.Descendants("tr").Single(r => (string?)r.Attribute("data-activity") == id).Elements("td").Last().Elements("span").Select(s => s.Value));
        Assert.Equal("2 AAMA points counted toward the clinical category (approved by the AAMA).", Why("a1"));
        Assert.Equal("1 AAMA point did not count: The activity lasted 30 minutes; an activity not approved by the AAMA must last at least 50 minutes.", Why("n2"));
        Assert.StartsWith("3 AAMA points did not count: Completed on 30 November 2020; only activities completed from 10 February 2021", Why("a0"), StringComparison.Ordinal);
        Assert.Contains("after 23 November 2025, the date this result is calculated for", Why("a9"), StringComparison.Ordinal);
        Assert.Contains("so someone must check it", Why("cpr-short"), StringComparison.Ordinal);
    }

    [Fact]
    public void Requirement_bars_carry_text_and_caps_read_at_most()
    {
        var page = Parse(Html(Example("cma-in-progress.json")));
        var rows = WithClass(page, "table", "requirements").Single().Element("tbody")!.Elements("tr").ToDictionary(r => (string)r.Attribute("data-requirement")!);
        Assert.Equal(["total", "category:general", "category:clinical", "category:administrative", "approved", "cap:non-approved", "cap:cpr"], rows.Keys);
        Assert.Equal("46 of 60 AAMA points", rows["total"].Elements("td").ElementAt(1).Value);
        Assert.Equal("14 AAMA points still needed", rows["total"].Elements("td").Last().Value);
        Assert.Equal("Met", rows["category:general"].Elements("td").Last().Value);
        Assert.Equal("18 of 30 AAMA points", rows["cap:non-approved"].Elements("td").ElementAt(1).Value);
        Assert.Contains("at most 12 AAMA points", rows["cap:cpr"].Element("th")!.Value, StringComparison.Ordinal);
        var fill = WithClass(rows["total"], "div", "fill").Single();
        Assert.Equal("width: 76.7%", (string?)fill.Attribute("style"));
        Assert.Equal("true", (string?)WithClass(rows["total"], "div", "bar").Single().Attribute("aria-hidden"));
    }

    [Fact]
    public void The_plan_says_what_by_when_and_the_fees()
    {
        var page = Parse(Html(Example("cma-in-progress.json")));
        var next = WithClass(page, "div", "next").Single();
        Assert.Equal("Complete 14 AAMA points and apply to recertify by CE by 28 February 2026 (in 3 months).", WithClass(next, "p", "next-step").Single().Value);
        Assert.Equal("earn-then-apply", (string?)next.Attribute("data-next-action"));
        Assert.Equal(
            ["14 AAMA points in total", "including at least 1 AAMA point in the administrative category", "and at least 2 points approved by the AAMA"],
            WithClass(next, "ul", "plan").Single().Elements("li").Select(li => li.Value));
        var fee = WithClass(next, "table", "fees").Single().Element("tbody")!.Element("tr")!;
        Assert.Equal("Fees due (member of the AAMA)", WithClass(next, "table", "fees").Single().Element("caption")!.Value);
        Assert.Equal("Recertification by CE", fee.Element("th")!.Value);
        Assert.Equal("$65.00", fee.Element("td")!.Value);
    }

    [Fact]
    public void Lapsed_shows_the_exam_route_and_its_fees_and_no_plan()
    {
        var page = Parse(Html(Example("cma-lapsed.json")));
        var next = WithClass(page, "div", "next").Single();
        Assert.Empty(WithClass(next, "ul", "plan"));
        Assert.Equal("Recertify by passing the exam: the time to recertify by CE ended on 29 June 2024. You have 3 of 3 attempts left.", WithClass(next, "p", "next-step").Single().Value);
        Assert.Equal(["By CE: closed: the time to recertify by CE ended on 29 June 2024.", "By exam: open: the credential lapsed after 29 June 2024."],
            WithClass(next, "ul", "routes").Single().Elements("li").Select(li => li.Value));
        Assert.Empty(WithClass(page, "table", "dates"));
        Assert.Equal(["Exam", "Reactivation"], WithClass(next, "table", "fees").Single().Descendants("th").Where(th => (string?)th.Attribute("scope") == "row").Select(th => th.Value));
        Assert.Single(WithClass(page, "svg", "timeline").Single().Descendants("text"), t => t.Value == "Exam only");
    }

    [Fact]
    public void Text_from_the_input_is_encoded_not_interpreted()
    {
        const string Hostile = "<script>alert(1)</script>";
        var path = Path.Combine(scratch, "hostile.json");
        File.WriteAllText(path, """
            { "asOf": "2025-11-23", "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ],
              "activities": [
                { "id": "x\"<y>&'z", "title": "<script>alert(1)</script>", "provider": "Tom & \"Jerry\" <b>bold</b> \u0001\u0008",
                  "kind": "course", "completedOn": "2022-03-01",
                  "credits": [ { "amount": 2, "unit": "aama-point", "category": "clinical", "approvedBy": ["aama"], "approvalReference": "A-1" } ] },
                { "id": "late", "title": "After the timeline ]]> -->", "kind": "course", "completedOn": "2030-03-01",
                  "credits": [ { "amount": 2, "unit": "aama-point", "category": "clinical", "approvedBy": ["aama"], "approvalReference": "A-2" } ] } ] }
            """);
        string html = Html(path);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);

        var page = Parse(html);
        var row = page.Descendants("tr").Single(r => (string?)r.Attribute("data-activity") == "x\"<y>&'z");
        Assert.Equal(Hostile, row.Descendants("strong").First().Value);
        Assert.StartsWith("Tom & \"Jerry\" <b>bold</b> ", row.Descendants("span").First(s => (string?)s.Attribute("class") == "sub").Value, StringComparison.Ordinal);
        var marks = WithClass(page, "g", "mark").ToList();
        Assert.Equal(2, marks.Count);
        Assert.StartsWith($"1. {Hostile}, completed 1 March 2022.", marks.Single(m => (string?)m.Attribute("data-activity") == "x\"<y>&'z").Element("title")!.Value, StringComparison.Ordinal);
        Assert.Contains("after the dates drawn, placed at the right edge", marks.Single(m => (string?)m.Attribute("data-activity") == "late").Element("title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_without_activities_still_draws_the_timeline()
    {
        var path = Path.Combine(scratch, "empty.json");
        File.WriteAllText(path, """{ "asOf": "2025-11-23", "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ] }""");
        var page = Parse(Html(path));
        Assert.Single(WithClass(page, "svg", "timeline"));
        Assert.Empty(WithClass(page, "g", "mark"));
        Assert.Contains(page.Descendants("p"), p => p.Value == "The document lists no activity.");
    }

    [Fact]
    public void Every_colour_pair_meets_wcag_aa()
    {
        foreach (var pair in HtmlPalette.Pairs)
        {
            double ratio = Contrast(pair.Foreground, pair.Background);
            Assert.True(ratio >= pair.Minimum, $"{pair.Use}: {pair.Foreground} on {pair.Background} is {ratio:0.00}:1, below {pair.Minimum}:1");
        }
    }

    private static double Contrast(string foreground, string background)
    {
        double x = Luminance(foreground), y = Luminance(background);
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            double c = int.Parse(hex.AsSpan(1 + offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return (0.2126 * Channel(0)) + (0.7152 * Channel(2)) + (0.0722 * Channel(4));
    }
}
