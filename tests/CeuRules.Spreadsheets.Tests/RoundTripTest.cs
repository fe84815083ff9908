using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Json;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>A transcript written to XLSX and read back is the same transcript and evaluates the same.</summary>
public sealed class RoundTripTest
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(Paths.Root(), "docs", "examples"), "*.json").Order())
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_written_to_xlsx_reads_back_equal_and_evaluates_the_same(string file)
    {
        var original = TranscriptJsonReader.Read(File.ReadAllBytes(Paths.Examples(file))).Document!;
        var document = new TranscriptDocument(original.AsOf, original.Certifications, original.Transcript) { PersonId = "Zoë Brontë" };
        using var workbook = new MemoryStream();

        SpreadsheetTranscriptWriter.WriteXlsx(workbook, [document]);
        workbook.Position = 0;
        var read = SpreadsheetTranscriptReader.ReadXlsx(workbook);

        Assert.True(read.IsValid, string.Join("\n", read.Findings));
        var back = Assert.Single(read.People).Document!;
        Assert.Equal("Zoë Brontë", back.PersonId);
        Assert.Equal(document.Certifications.ToArray(), back.Certifications.ToArray());
        Assert.Equal(document.Transcript, back.Transcript);
        var evaluator = new CertificationEvaluator();
        var asOf = original.AsOf!.Value;
        foreach (var (before, after) in document.Certifications.Zip(back.Certifications))
        {
            var x = evaluator.Evaluate(before, document.Transcript, asOf);
            var y = evaluator.Evaluate(after, back.Transcript, asOf);
            Assert.Equal(x.Status, y.Status);
            Assert.Equal(x.Requirements.Select(r => (r.RequirementId, r.Counted, r.Shortfall)), y.Requirements.Select(r => (r.RequirementId, r.Counted, r.Shortfall)));
            Assert.Equal(x.Deadlines.Select(d => (d.Kind, d.Date)), y.Deadlines.Select(d => (d.Kind, d.Date)));
        }
    }

    [Fact]
    public void The_shipped_template_evaluates_like_the_shipped_csv_files()
    {
        using var workbook = File.OpenRead(Paths.Examples("hr-workforce.xlsx"));
        using var activities = File.OpenRead(Paths.Examples("hr-activities.csv"));
        using var certifications = File.OpenRead(Paths.Examples("hr-certifications.csv"));

        var fromXlsx = SpreadsheetTranscriptReader.ReadXlsx(workbook);
        var fromCsv = SpreadsheetTranscriptReader.ReadCsv(new CsvInput("hr-activities.csv", activities), new CsvInput("hr-certifications.csv", certifications));

        Assert.True(fromXlsx.IsValid, string.Join("\n", fromXlsx.Findings));
        Assert.True(fromCsv.IsValid, string.Join("\n", fromCsv.Findings));
        Assert.Equal(fromCsv.People.Select(p => p.Document), fromXlsx.People.Select(p => p.Document));
    }
}
