using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CeuRules.Evaluation;
using CeuRules.Json;
using NodaTime;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

public sealed class SpreadsheetReaderTest
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static SpreadsheetReadResult Csv(string activities, string certifications, SpreadsheetReadOptions? options = null) =>
        SpreadsheetTranscriptReader.ReadCsv(new CsvInput("activities.csv", Utf8(activities)), new CsvInput("certifications.csv", Utf8(certifications)), null, options);

    [Fact]
    public void A_bad_date_is_a_finding_that_names_the_row_the_column_and_the_value()
    {
        var read = Csv("Person,Kind,Completion Date,Credits,Unit\nE1,course,2022-01-05,2,aama-point\nE1,course,31/02/2024,2,aama-point\n",
            "Person,Credential,Certified on\nE1,CMA,2021-02-10\n");

        var finding = Assert.Single(read.Findings, f => f.Code == "not-a-date");
        Assert.Equal("activities.csv!C3.completedOn", finding.Path);
        Assert.Contains("row 3, Completion Date (completedOn): '31/02/2024' is not a date", finding.Message, StringComparison.Ordinal);
        Assert.Equal("3", finding.Arguments["row"]);
        Assert.Equal("C", finding.Arguments["column"]);
        Assert.Equal("31/02/2024", finding.Arguments["value"]);
        Assert.Contains(read.Findings, f => f.Code == "activity-left-out" && f.Path == "activities.csv!3");
        var document = Assert.Single(read.People).Document!;
        Assert.Single(document.Transcript.Activities);
    }

    [Fact]
    public void Readable_headers_and_values_read_as_the_ids()
    {
        var read = Csv(
            "Employee ID;Activity ID;Type;Date completed;Minutes;CEUs;Credit type;CE category;Accredited by\n" +
            "E1;c1;Self study;2/7/2022;120;2.5;AAMA points;Clinical;AAMA, NHA\n",
            "Employee ID;Certification;Date certified;Member\nE1;CMA (AAMA);2021-02-10;yes\n");

        Assert.True(read.IsValid, string.Join("\n", read.Findings));
        var document = Assert.Single(read.People).Document!;
        Assert.Equal("E1", document.PersonId);
        var certification = Assert.Single(document.Certifications);
        Assert.Equal("aama-cma", certification.Credential.Id);
        Assert.True(certification.IsMember);
        var activity = Assert.Single(document.Transcript.Activities);
        Assert.Equal("self-study", activity.Kind.Id);
        Assert.Equal(new LocalDate(2022, 2, 7), activity.CompletedOn);
        Assert.Equal(120, activity.DurationMinutes);
        var line = Assert.Single(activity.Credits);
        Assert.Equal(2.5m, line.Amount.Value);
        Assert.Equal("aama-point", line.Unit.Id);
        Assert.Equal("clinical", line.Category!.Value.Id);
        Assert.Equal(["aama", "nha"], line.ApprovedBy.ToArray());
    }

    [Fact]
    public void Rows_with_one_activity_id_are_one_activity_with_several_credit_lines()
    {
        var read = Csv("Person,Activity ID,Kind,Completed on,Amount,Unit,Category\nE1,c1,course,2022-03-01,2,aama-point,clinical\nE1,c1,,,1,aama-point,general\n",
            "Person,Credential,Certified on\nE1,CMA,2021-02-10\n");

        Assert.True(read.IsValid, string.Join("\n", read.Findings));
        var activity = Assert.Single(read.People[0].Document!.Transcript.Activities);
        Assert.Equal(2, activity.Credits.Length);
    }

    [Fact]
    public void Rows_of_one_activity_that_disagree_are_a_finding()
    {
        var read = Csv("Person,Activity ID,Kind,Completed on,Amount,Unit\nE1,c1,course,2022-03-01,2,aama-point\nE1,c1,course,2022-03-02,1,aama-point\n",
            "Person,Credential,Certified on\nE1,CMA,2021-02-10\n");

        Assert.Contains(read.Findings, f => f.Code == "conflicting-activity" && f.Path == "activities.csv!D3.completedOn");
        Assert.Single(read.People[0].Document!.Transcript.Activities[0].Credits);
    }

    [Fact]
    public void A_header_of_ones_own_can_be_mapped_to_a_column()
    {
        var options = SpreadsheetReadOptions.Default.WithColumn("Staff #", "personId").WithColumn("Finished", "completedOn");
        var read = Csv("Staff #,Kind,Finished\nE1,course,2022-03-01\n", "Staff #,Credential,Certified on\nE1,CMA,2021-02-10\n", options);

        Assert.True(read.IsValid, string.Join("\n", read.Findings));
        Assert.Equal("E1", read.People[0].Document!.PersonId);
        Assert.Equal(new LocalDate(2022, 3, 1), read.People[0].Document!.Transcript.Activities[0].CompletedOn);
    }

    [Fact]
    public void Mapping_to_an_unknown_column_id_throws_early() =>
        Assert.Throws<ArgumentException>(() => SpreadsheetReadOptions.Default.WithColumn("Staff #", "staff"));

    [Fact]
    public void Several_people_are_read_in_the_order_the_certifications_name_them_and_keep_their_own_findings()
    {
        var read = Csv("Person,Kind,Completed on\nE2,course,2022-03-01\nE1,course,not a date\n",
            "Person,Credential,Certified on\nE2,RMA,2021-02-10\nE1,CMA,2021-02-10\n");

        Assert.Equal(["E2", "E1"], read.People.Select(p => p.Document!.PersonId));
        Assert.Equal([2, 3], read.PersonRows.ToArray());
        Assert.True(read.People[0].IsValid);
        Assert.Contains(read.People[1].Findings, f => f.Code == "not-a-date");
        Assert.Equal("several-people", read.ToSingleDocument().Findings[^1].Code);
    }

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus()).Where(f => f.EndsWith(".xlsx", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Each_malformed_spreadsheet_yields_its_findings_never_an_exception(string file)
    {
        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(Corpus(), "cases.json")));
        Assert.True(cases.RootElement.TryGetProperty(file, out var expected), $"cases.json has no entry for {file}");
        using var stream = File.OpenRead(Path.Combine(Corpus(), file));

        var read = file.EndsWith(".xlsx", StringComparison.Ordinal)
            ? SpreadsheetTranscriptReader.ReadXlsx(stream, name: file)
            : SpreadsheetTranscriptReader.ReadCsv(null, new CsvInput(file, stream));

        var codes = read.Findings.Select(f => f.Code).ToHashSet();
        foreach (var code in expected.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!))
        {
            Assert.True(codes.Contains(code), $"{file}: expected a '{code}' finding; got:\n{string.Join("\n", read.Findings)}");
        }
        if (expected.GetProperty("codes").GetArrayLength() == 0)
        {
            Assert.True(read.IsValid, string.Join("\n", read.Findings));
        }
        foreach (var finding in read.Findings)
        {
            Assert.StartsWith(file.EndsWith(".csv", StringComparison.Ordinal) ? file : string.Empty, finding.Path, StringComparison.Ordinal);
        }
        // Whatever was read evaluates.
        var evaluator = new CertificationEvaluator();
        foreach (var document in read.People.Select(p => p.Document).OfType<TranscriptDocument>())
        {
            foreach (var certification in document.Certifications)
            {
                Assert.NotNull(evaluator.Evaluate(certification, document.Transcript, new LocalDate(2025, 11, 23)));
            }
        }
    }

    [Fact]
    public void The_1904_date_system_and_merged_cells_read_the_dates_and_values_the_workbook_shows()
    {
        var date1904 = Read("date1904.xlsx");
        var document = Assert.Single(date1904.People).Document!;
        Assert.Equal(new LocalDate(2021, 2, 10), document.Certifications[0].CertifiedOn);
        Assert.Equal(new LocalDate(2021, 2, 12), document.Transcript.Activities[0].CompletedOn);

        var merged = Read("merged-cells.xlsx");
        Assert.Equal(3, Assert.Single(merged.People).Document!.Transcript.Activities.Length);

        var dates = Read("dates-as-text-and-serials.xlsx");
        var activities = dates.People[0].Document!.Transcript.Activities;
        Assert.Equal(["a1", "a2", "a3", "a6"], activities.Select(a => a.Id));
        Assert.All(activities, a => Assert.Equal(new LocalDate(2022, 2, 7), a.CompletedOn));

        var empty = Read("empty-rows.xlsx");
        Assert.Contains(empty.Findings, f => f.Path == "Activities!E9.amount");
    }

    [Fact]
    public void A_windows_1252_csv_keeps_its_accents()
    {
        using var stream = File.OpenRead(Path.Combine(Corpus(), "windows-1252.csv"));
        var read = SpreadsheetTranscriptReader.ReadCsv(null, new CsvInput("windows-1252.csv", stream));
        Assert.Single(read.People);
        Assert.Contains(read.Findings, f => f.Code == "encoding-windows-1252");
        Assert.DoesNotContain(read.Findings, f => f.Severity == FindingSeverity.Error);
    }

    private static SpreadsheetReadResult Read(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Corpus(), file));
        return SpreadsheetTranscriptReader.ReadXlsx(stream, name: file);
    }

    private static string Corpus() => Path.Combine(Paths.Root(), "tests", "malformed", "spreadsheets");
}
