using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using NodaTime;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

/// <summary>Both report formats keep a formula-like text inert through the one guard, <see cref="CsvCells"/>.</summary>
public sealed class WorkforceReportGuardTest
{
    private static WorkforceReport Report()
    {
        var report = new WorkforceReport(new LocalDate(2025, 11, 23), 60);
        report.AddProblem(1, "-1+cmd|' /C calc'!A0", "=HYPERLINK(\"http://evil.example\")");
        return report;
    }

    [Fact]
    public void The_csv_report_quotes_and_prefixes_formula_like_text()
    {
        using var stream = new MemoryStream();
        Report().WriteCsv(stream);
        string text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains(CsvCells.Guard("-1+cmd|' /C calc'!A0"), text, StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_xlsx_report_prefixes_formula_like_text()
    {
        using var stream = new MemoryStream();
        Report().WriteXlsx(stream);
        stream.Position = 0;
        using var zip = new ZipArchive(stream);
        string xml = string.Concat(zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        })).Replace("&apos;", "'", StringComparison.Ordinal).Replace("&quot;", "\"", StringComparison.Ordinal);
        Assert.Contains("'-1+cmd|' /C calc'!A0", xml, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK(\"http://evil.example\")", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", xml, StringComparison.Ordinal);
    }
}
