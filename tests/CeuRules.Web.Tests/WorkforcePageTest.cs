using System;
using System.IO;
using System.Linq;
using Bunit;
using CeuRules.Web.Services;
using Xunit;

namespace CeuRules.Web.Tests;

[Collection(ComponentTests.Name)]
public sealed class WorkforcePageTest : PageContext
{
    private static readonly string Malformed = Path.Combine(Repository.Root, "tests", "malformed", "spreadsheets");

    /// <summary>The malformed workbooks (the CSV cases are single files of a pair, read by the spreadsheet tests).</summary>
    public static TheoryData<string> Workbooks() => new(Directory.GetFiles(Malformed, "*.xlsx").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Workbooks))]
    public void Every_malformed_workbook_shows_the_command_lines_findings_by_row(string file)
    {
        string path = Path.Combine(Malformed, file);
        var page = Evaluate(path);

        var shown = new System.Collections.Generic.SortedSet<string>(page.FindAll("[data-code]").Select(e => e.GetAttribute("data-code")!), StringComparer.Ordinal);
        Assert.Equal(CliFindings.BatchCodes(path, Repository.WorkforceAsOf), shown);
        // Each finding sits in the row of the input it came from.
        Assert.All(page.FindAll("tr[data-row] [data-code]"), e => Assert.NotNull(e.Closest("tr[data-row]")));
    }

    [Fact]
    public void The_example_workbook_agrees_with_the_command_lines_batch_report_and_downloads_its_files()
    {
        string path = Path.Combine(Repository.Examples, "hr-workforce.xlsx");
        var page = Evaluate(path);

        var summary = CliFindings.BatchReport(path, Repository.WorkforceAsOf, "--within-days", WithinDays.ToString(System.Globalization.CultureInfo.InvariantCulture)).GetProperty("summary");
        var result = page.Find("section.result");
        Assert.Equal(summary.GetProperty("people").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), result.GetAttribute("data-people"));
        Assert.Equal(summary.GetProperty("certifications").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), result.GetAttribute("data-certifications"));
        Assert.Equal(summary.GetProperty("dueWithinDays").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), result.GetAttribute("data-due"));
        Assert.Equal(summary.GetProperty("malformedLines").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), result.GetAttribute("data-problems"));
        Assert.Equal(
            summary.GetProperty("counts").EnumerateArray().Select(c => $"{c.GetProperty("credential").GetString()} {c.GetProperty("status").GetString()} {c.GetProperty("count").GetInt32()}"),
            page.FindAll("table.counts tbody tr").Select(r => $"{r.GetAttribute("data-credential")} {r.GetAttribute("data-status")} {r.GetAttribute("data-count")}"));

        // Most urgent first.
        var dates = page.FindAll("table.due tbody tr").Select(r => r.GetAttribute("data-date")!).ToList();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Workforce.Xlsx")).Click();
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Workforce.Csv")).Click();
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Workforce.Calendar")).Click();
        var downloads = JSInterop.Invocations["ceurules.download"];
        Assert.Equal(["hr-workforce-report.xlsx", "hr-workforce-report.csv", "hr-workforce-due.ics"], downloads.Select(d => (string)d.Arguments[0]!));
        Assert.Equal("PK"u8.ToArray(), ((byte[])downloads[0].Arguments[2]!)[..2]);
        Assert.StartsWith("BEGIN:VCALENDAR", System.Text.Encoding.UTF8.GetString((byte[])downloads[2].Arguments[2]!), StringComparison.Ordinal);

        // The downloads are the command line's reports: the CSV byte for byte, the workbook sheet for sheet.
        string days = WithinDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var csv = CliFindings.BatchFile(path, Repository.WorkforceAsOf, "report.csv", "--within-days", days);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(csv), System.Text.Encoding.UTF8.GetString((byte[])downloads[1].Arguments[2]!));
        Assert.Equal(csv, (byte[])downloads[1].Arguments[2]!);
        var xlsx = CliFindings.BatchFile(path, Repository.WorkforceAsOf, "report.xlsx", "--within-days", days);
        Assert.Equal(Sheets(xlsx), Sheets((byte[])downloads[0].Arguments[2]!));
    }

    /// <summary>The worksheets of a workbook, as their XML text by part name.</summary>
    private static System.Collections.Generic.List<string> Sheets(byte[] workbook)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(workbook));
        var sheets = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e =>
            {
                using var reader = new StreamReader(e.Open());
                return e.FullName + "\n" + reader.ReadToEnd();
            }).ToList();
        Assert.Equal(3, sheets.Count);
        return sheets;
    }

    [Fact]
    public void The_filter_keeps_only_the_matching_rows_and_a_persons_report_opens()
    {
        var page = Evaluate(Path.Combine(Repository.Examples, "hr-workforce.xlsx"));
        var first = page.Find("table.due tbody tr");
        string person = first.GetAttribute("data-person")!;

        page.Find("#workforce-filter").Input(person);

        Assert.All(page.FindAll("table.due tbody tr"), r => Assert.Contains(person, r.GetAttribute("data-person")!, StringComparison.OrdinalIgnoreCase));
        page.Find("table.due tbody tr button").Click();
        Assert.Equal(person, page.Find("section.person").GetAttribute("data-person"));
        Assert.Contains("<html", page.Find("iframe#workforce-report").GetAttribute("srcdoc")!, StringComparison.Ordinal);

        page.Find("#workforce-person").Change("nobody-at-all");
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Workforce.OpenButton")).Click();
        Assert.Contains("nobody-at-all", page.Find("p.error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_of_activities_without_its_certifications_file_says_what_to_add()
    {
        var page = Render<Pages.Workforce>();
        Upload(page, "workforce-file", Path.Combine(Repository.Examples, "hr-activities.csv"));
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Workforce.Evaluate")).Click();
        page.WaitForAssertion(() => Assert.Contains("hr-activities.csv", page.Find("p.error").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void A_column_mapping_that_cannot_be_used_says_what_to_write_and_no_parser_message()
    {
        var page = Render<Pages.Workforce>();
        Upload(page, "workforce-file", Path.Combine(Repository.Examples, "hr-workforce.xlsx"));
        page.Find("#workforce-columns").Change("Staff # personId");
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Workforce.Evaluate")).Click();
        page.WaitForAssertion(() => Assert.Equal(UiText.Format("Sheet.Mapping", "Staff # personId"), page.Find("p.error").TextContent.Trim()));
    }

    [Fact]
    public void A_workbook_of_100000_rows_is_evaluated_in_chunks_with_progress_shown_between_them()
    {
        // Generated here, not committed: the example's people copied under new ids until the sheets hold 100,000 rows.
        using var activities = File.OpenRead(Path.Combine(Repository.Examples, "hr-activities.csv"));
        using var certifications = File.OpenRead(Path.Combine(Repository.Examples, "hr-certifications.csv"));
        var example = Spreadsheets.SpreadsheetTranscriptReader.ReadCsv(new Spreadsheets.CsvInput("hr-activities.csv", activities), new Spreadsheets.CsvInput("hr-certifications.csv", certifications));
        var people = new System.Collections.Generic.List<Json.TranscriptDocument>();
        int rows = 0;
        for (int i = 0; rows < 100_000; i++)
        {
            var document = example.People[i % example.People.Length].Document!;
            people.Add(new Json.TranscriptDocument(null, document.Certifications, document.Transcript) { PersonId = $"P{i:D6}" });
            rows += document.Certifications.Length + document.Transcript.Activities.Length;
        }
        string path = Path.Combine(Path.GetTempPath(), $"workforce-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var output = File.Create(path))
            {
                Spreadsheets.SpreadsheetTranscriptWriter.WriteXlsx(output, people);
            }
            var page = Render<Pages.Workforce>();
            Upload(page, "workforce-file", path);
            page.Find("#workforce-as-of").Change(Repository.WorkforceAsOf);
            page.Find("#workforce-days").Change(WithinDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
            page.FindAll("button").Single(b => b.TextContent == UiText.Get("Workforce.Evaluate")).Click();

            // The page is drawn between chunks: the progress bar shows a part done, not only the end.
            page.WaitForAssertion(() =>
            {
                var progress = page.Find("progress#workforce-progress");
                int done = int.Parse(progress.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);
                int total = int.Parse(progress.GetAttribute("max")!, System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(people.Count, total);
                Assert.InRange(done, 1, total - 1);
            }, TimeSpan.FromMinutes(5));
            page.WaitForElement("section.result", TimeSpan.FromMinutes(5));

            Assert.Equal(people.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Find("section.result").GetAttribute("data-people"));
            Assert.Equal("0", page.Find("section.result").GetAttribute("data-problems"));
            // Only a page of the due list is drawn, however many are due.
            Assert.InRange(page.FindAll("table.due tbody tr").Count, 1, 200);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const int WithinDays = 120;

    private IRenderedComponent<Pages.Workforce> Evaluate(string path)
    {
        var page = Render<Pages.Workforce>();
        Upload(page, "workforce-file", path);
        page.Find("#workforce-as-of").Change(Repository.WorkforceAsOf);
        // Due within the horizon means the next step's date: the example's CMA must be done in 97 days.
        page.Find("#workforce-days").Change(WithinDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Workforce.Evaluate")).Click();
        page.WaitForElement("section.result", TimeSpan.FromMinutes(1));
        return page;
    }
}

/// <summary>The Workforce page in Spanish: what it says about a spreadsheet it cannot read is Spanish too.</summary>
[Collection(ComponentTests.Name)]
public sealed class SpanishWorkforcePageTest : PageContext
{
    public SpanishWorkforcePageTest()
        : base("es")
    {
    }

    [Fact]
    public void A_column_mapping_that_cannot_be_used_is_explained_in_Spanish()
    {
        var page = Render<Pages.Workforce>();
        Upload(page, "workforce-file", Path.Combine(Repository.Examples, "hr-workforce.xlsx"));
        page.Find("#workforce-columns").Change("Staff # personId");
        page.FindAll("button").Single(b => b.TextContent == UiText.Get("Workforce.Evaluate")).Click();
        page.WaitForAssertion(() =>
        {
            string error = page.Find("p.error").TextContent;
            Assert.StartsWith("No se puede usar la correspondencia de columnas 'Staff # personId'", error.Trim(), StringComparison.Ordinal);
            Assert.DoesNotContain("header", error, StringComparison.OrdinalIgnoreCase);
        });
    }
}
