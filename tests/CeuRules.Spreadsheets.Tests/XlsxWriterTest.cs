using System.IO;
using System.Linq;
using CeuRules.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using NodaTime;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>The package's one workbook writer, read back with its one workbook reader.</summary>
public sealed class XlsxWriterTest
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\u0001b\u001Fc", "a\uFFFDb\uFFFDc")]
    [InlineData("tab\tand\r\nbreak", "tab\tand\r\nbreak")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    public void Text_that_XML_cannot_hold_is_replaced_and_the_rest_is_kept(string text, string expected) =>
        Assert.Equal(expected, XlsxWriter.XmlSafe(text));

    [Fact]
    public void A_lone_surrogate_is_replaced() =>
        Assert.Equal("lone \uFFFD surrogate", XlsxWriter.XmlSafe("lone " + (char)0xD800 + " surrogate"));

    [Fact]
    public void Text_numbers_and_dates_come_back_as_the_reader_sees_them()
    {
        using var stream = new MemoryStream();
        var date = new LocalDate(2025, 2, 28);
        XlsxWriter.Write(stream,
        [
            new XlsxSheet("First", ["Name", "When", "Amount", "Count"], [["=1+1 \u0007", date.ToDateTimeUnspecified(), 2.5m, 12], [null, null, null, 3L]],
                new System.Collections.Generic.Dictionary<string, double> { ["Name"] = 30 }),
            new XlsxSheet("Empty", ["Only"], [], new System.Collections.Generic.Dictionary<string, double>()),
        ]);
        stream.Position = 0;
        var findings = new SheetFindings();
        var tables = XlsxTables.Read(stream, "written.xlsx", findings)!;
        Assert.Empty(findings.All);
        Assert.Equal(["First", "Empty"], tables.Select(t => t.Name));
        var first = tables[0];
        Assert.Equal(["Name", "When", "Amount", "Count"], first.Headers);
        Assert.Equal(2, first.Rows.Count);
        Assert.Equal(new Cell(CellKind.Text, "=1+1 \uFFFD"), first.Rows[0][0]);
        Assert.Equal(CellKind.Date, first.Rows[0][1].Kind);
        Assert.Equal(date, first.Rows[0][1].Date);
        Assert.Equal(2.5, first.Rows[0][2].Number);
        Assert.Equal(12, first.Rows[0][3].Number);
        Assert.True(first.Rows[1][0].IsBlank);
        Assert.Equal(3, first.Rows[1][3].Number);
        Assert.Empty(tables[1].Rows);
        Assert.Equal(["Only"], tables[1].Headers);
    }

    [Fact]
    public void The_report_and_the_template_are_valid_Open_XML_workbooks()
    {
        var report = new WorkforceReport(new LocalDate(2025, 11, 23), 60);
        report.AddProblem(3, "p-1", "bad \u0001 row");
        using var template = File.OpenRead(Paths.Examples("cma-in-progress.json"));
        var document = TranscriptJsonReader.Read(template).Document!;
        foreach (var write in new System.Action<Stream>[] { s => report.WriteXlsx(s), s => SpreadsheetTranscriptWriter.WriteXlsx(s, [document]) })
        {
            using var stream = new MemoryStream();
            write(stream);
            stream.Position = 0;
            using var workbook = SpreadsheetDocument.Open(stream, false);
            var errors = new OpenXmlValidator().Validate(workbook).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }
}
