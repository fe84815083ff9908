using System;
using System.IO;
using System.Linq;
using System.Text;
using Bunit;
using CeuRules.Calendars;
using CeuRules.Evaluation;
using CeuRules.Web.Pages;
using CeuRules.Web.Services;
using Xunit;

namespace CeuRules.Web.Tests;

[Collection(ComponentTests.Name)]
public sealed class PersonPageTest : PageContext
{
    private static readonly string Malformed = Path.Combine(Repository.Root, "tests", "malformed", "transcripts");

    public static TheoryData<string> MalformedTranscripts()
    {
        var files = Directory.GetFiles(Malformed, "*.json").Order(StringComparer.Ordinal).ToList();
        CliFindings.Prefetch("evaluate", files);
        return new(files.Select(Path.GetFileName)!);
    }

    [Theory]
    [MemberData(nameof(MalformedTranscripts))]
    public void Every_malformed_transcript_shows_the_command_lines_findings(string file)
    {
        string path = Path.Combine(Malformed, file);
        var page = Render<Person>();

        Upload(page, "transcript-file", path);

        page.WaitForAssertion(() => page.Find("section.result"));
        Assert.Equal(CliFindings.Evaluate(path).Order(), Shown(page).Order());
    }

    [Fact]
    public void Several_certifications_are_listed_most_urgent_first_as_the_report_lists_them()
    {
        // A current CCMA first in the document, a CMA long expired second: the expired one leads.
        const string Json = """
            { "asOf": "2025-11-23", "certifications": [
                { "credential": "nha-ccma", "certifiedOn": "2025-01-15" },
                { "credential": "aama-cma", "certifiedOn": "2019-03-01", "member": false } ],
              "activities": [] }
            """;
        string path = Path.Combine(Path.GetTempPath(), $"urgency-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Json);
        try
        {
            var page = Render<Person>();
            Upload(page, "transcript-file", path);
            page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("article.certification").Count));

            var read = CeuRules.Json.TranscriptJsonReader.Read(Encoding.UTF8.GetBytes(Json), Engine.Policies);
            var inDocumentOrder = read.Document!.Certifications.Select(c => Engine.Evaluator.Evaluate(c, read.Document.Transcript, read.Document.AsOf!.Value)).ToList();
            var expected = EvaluationOrder.ByUrgency(inDocumentOrder).Select(e => e.Credential.Id).ToList();
            Assert.NotEqual(inDocumentOrder.Select(e => e.Credential.Id), expected);
            Assert.Equal(expected, page.FindAll("article.certification").Select(a => a.GetAttribute("data-credential")));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_wrong_field_in_the_form_is_shown_beside_its_activity_and_nothing_is_evaluated_from_a_guess()
    {
        var page = Render<Person>();
        page.Find("#form-certified").Change("2021-02-10");
        page.Find("#completed-0").Change("2022-03-01");
        page.Find("#amount-0").Change("two");
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Form.Evaluate")).Click();

        var row = page.Find("fieldset.activity[data-activity='0']");
        var codes = row.QuerySelectorAll("[data-code]").Select(e => e.GetAttribute("data-path")).ToList();
        Assert.Contains("activities[0].credits[0].amount", codes);
        // The same document read by the reader gives the same findings: the form decides nothing itself.
        var form = new TranscriptForm { CertifiedOn = "2021-02-10" };
        form.Activities[0].CompletedOn = "2022-03-01";
        form.Activities[0].Amount = "two";
        var read = CeuRules.Json.TranscriptJsonReader.Read(form.ToJson(null), Engine.Policies);
        var inForm = page.Find("details").QuerySelectorAll("[data-code]").Select(e => (e.GetAttribute("data-code")!, e.GetAttribute("data-path")!));
        Assert.Equal(read.Findings.Select(f => (f.Code, f.Path)).Order(), inForm.Order());
    }

    [Fact]
    public void A_valid_form_is_evaluated_as_the_same_document_would_be()
    {
        var page = Render<Person>();
        page.Find("#as-of").Change("2025-11-23");
        page.Find("#form-certified").Change("2021-02-10");
        page.Find("#form-member").Change(true);
        page.Find("#completed-0").Change("2022-03-01");
        page.Find("#amount-0").Change("12.5");
        page.Find("#category-0").Change("clinical");
        page.Find("#approved-0").Change("aama");
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Form.Evaluate")).Click();

        var article = page.Find("article.certification");
        var form = new TranscriptForm { CertifiedOn = "2021-02-10", Member = true };
        form.Activities[0].CompletedOn = "2022-03-01";
        form.Activities[0].Amount = "12.5";
        form.Activities[0].Category = "clinical";
        form.Activities[0].ApprovedBy = "aama";
        var read = CeuRules.Json.TranscriptJsonReader.Read(form.ToJson("2025-11-23"), Engine.Policies);
        Assert.True(read.IsValid, string.Join("; ", read.Findings));
        var expected = PersonReport.Evaluate(Engine, "form", read, null).Results.Single();
        Assert.Equal(expected.Status.ToId(), article.GetAttribute("data-status"));
        Assert.Equal(Language.Explainer.Headline(expected), article.QuerySelector(".headline")!.TextContent);
    }

    [Theory]
    [InlineData("en", "cma-in-progress.json")]
    [InlineData("es", "several-credentials.json")]
    public void The_downloads_are_the_reports_html_and_the_calendar_of_the_command_line(string language, string file)
    {
        Language.Use(language);
        string path = Path.Combine(Repository.Examples, file);
        var page = Render<Person>();
        Upload(page, "transcript-file", path);
        page.WaitForAssertion(() => page.Find("section.result"));

        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Person.DownloadHtml")).Click();
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Person.Calendar")).Click();

        var report = PersonReport.Evaluate(Engine, file, PersonReport.ReadFile(Engine, new DroppedFile(file, File.ReadAllBytes(path)), null, null, null), null);
        var downloads = JSInterop.Invocations["ceurules.download"];
        Assert.Equal(2, downloads.Count);
        Assert.Equal(Path.GetFileNameWithoutExtension(file) + "-report.html", downloads[0].Arguments[0]);
        Assert.Equal(report.Html(Language.Culture), Encoding.UTF8.GetString((byte[])downloads[0].Arguments[2]!));
        Assert.Contains($"lang=\"{language}", Encoding.UTF8.GetString((byte[])downloads[0].Arguments[2]!), StringComparison.Ordinal);
        Assert.Equal(DeadlineCalendar.ForPerson(report.Results, report.Read.Document!.PersonId), Encoding.UTF8.GetString((byte[])downloads[1].Arguments[2]!));
        Assert.Equal(report.Html(Language.Culture), page.Find("iframe#person-report").GetAttribute("srcdoc"));
    }
}
