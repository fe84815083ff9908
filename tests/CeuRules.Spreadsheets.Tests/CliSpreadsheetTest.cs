using System;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using Xunit;

namespace CeuRules.Spreadsheets.Tests;

public sealed class CliSpreadsheetTest : IDisposable
{
    private static readonly LocalDate Today = new(2025, 11, 23);
    private readonly string scratch = Directory.CreateTempSubdirectory("ceurules-sheets-cli-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private string Write(string name, string text)
    {
        string path = Path.Combine(scratch, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Ctrl_C_stops_evaluate_and_batch_while_they_read_a_spreadsheet_and_leaves_no_report()
    {
        var stopped = new System.Threading.CancellationToken(canceled: true);
        string report = Path.Combine(scratch, "report.xlsx");

        var evaluate = CliRun.Run(Today, stopped, "evaluate", Paths.Examples("hr-workforce.xlsx"), "--as-of", "2025-11-23");
        var batch = CliRun.Run(Today, stopped, "batch", Paths.Examples("hr-workforce.xlsx"), "--as-of", "2025-11-23", "--out", report);

        Assert.Equal((130, string.Empty), (evaluate.Exit, evaluate.Out));
        Assert.Contains("interrupted]", evaluate.Err, StringComparison.Ordinal);
        Assert.Equal(130, batch.Exit);
        Assert.Contains("batch-interrupted]", batch.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(report));
        Assert.Empty(Directory.GetFiles(scratch, "*.tmp"));
        Assert.Equal(0, CliRun.Run(Today, "batch", Paths.Examples("hr-workforce.xlsx"), "--as-of", "2025-11-23", "--out", report).Exit);
        Assert.True(File.Exists(report));
    }

    [Fact]
    public void Evaluate_reads_one_persons_csv_files_and_reports_each_bad_cell_on_stderr()
    {
        string activities = Write("a.csv", "Kind,Completion Date,Credits,Unit,Category,Approved by\ncourse,2022-03-01,2,AAMA points,clinical,AAMA\ncourse,2022-13-01,2,AAMA points,clinical,AAMA\n");
        string certifications = Write("c.csv", "Credential,Certified on\nCMA,2021-02-10\n");

        var (exit, output, error) = CliRun.Run(Today, "evaluate", activities, "--certifications", certifications, "--as-of", "2025-11-23", "--format", "json");

        // Evaluated without the bad row: exit 1 and an incomplete result, as for a JSON document.
        Assert.Equal(1, exit);
        Assert.Contains("\"credential\": \"aama-cma\"", output, StringComparison.Ordinal);
        Assert.Contains("\"complete\": false", output, StringComparison.Ordinal);
        Assert.StartsWith("error: '2022-13-01' is not a date", error, StringComparison.Ordinal);
        Assert.Contains("in row 3, column B of the file \"a.csv\"", error, StringComparison.Ordinal);
        Assert.DoesNotContain("sheet", error, StringComparison.Ordinal);
        Assert.Contains("[a.csv!B3.completedOn · not-a-date]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_of_a_csv_without_its_certifications_file_says_what_to_add()
    {
        var (exit, _, error) = CliRun.Run(Today, "evaluate", Write("a.csv", "Kind,Completed on\ncourse,2022-03-01\n"));
        Assert.Equal(2, exit);
        Assert.Contains("--certifications", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_of_a_workbook_of_several_people_asks_for_a_batch()
    {
        var (exit, _, error) = CliRun.Run(Today, "evaluate", Paths.Examples("hr-workforce.xlsx"));
        Assert.Equal(2, exit);
        Assert.Contains("· several-people]", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_column_of_ones_own_is_mapped_and_a_bad_mapping_exits_2()
    {
        string activities = Write("a.csv", "Staff #,Kind,Completed on\nE1,course,2022-03-01\n");
        string certifications = Write("c.csv", "Staff #,Credential,Certified on\nE1,CMA,2021-02-10\n");

        var good = CliRun.Run(Today, "evaluate", activities, "--certifications", certifications, "--column", "Staff #=personId", "--format", "json");
        var bad = CliRun.Run(Today, "evaluate", activities, "--certifications", certifications, "--column", "Staff #=staff");

        Assert.True(good.Exit == 0, good.Err);
        Assert.DoesNotContain("unknown-column", good.Out, StringComparison.Ordinal);
        Assert.Equal(2, bad.Exit);
        Assert.Contains("“Staff #=staff”", bad.Err, StringComparison.Ordinal);
        Assert.Contains("[--column · invalid-column-mapping]", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void The_batch_csv_report_has_a_byte_order_mark_readable_columns_input_order_and_inert_formulas()
    {
        string activities = Write("a.csv", "Person,Kind,Completed on,Credits,Unit\n=HYPERLINK(\"x\"),course,2022-03-01,2,aama-point\nE2,course,2022-03-01,2,aama-point\n");
        string certifications = Write("c.csv", "Person,Credential,Certified on\nE2,CMA,2021-02-10\nE1,RMA,2021-02-10\n=HYPERLINK(\"x\"),CMA,2021-02-10\n");
        string report = Path.Combine(scratch, "report.csv");

        var (exit, _, error) = CliRun.Run(Today, "batch", activities, "--certifications", certifications, "--as-of", "2025-11-23", "--out", report, "--parallelism", "4");

        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(report);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = File.ReadAllLines(report, Encoding.UTF8);
        Assert.StartsWith("Input row,Person,Credential,Status,Certified on,Expires on,Last day to recertify by CE,Next step,Next step by,Days to next step,Next deadline,", lines[0], StringComparison.Ordinal);
        Assert.Equal(["2", "3", "4"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.StartsWith("2,E2,CMA (AAMA),", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("4,\"'=HYPERLINK(\"\"x\"\")\",CMA (AAMA),", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("in-progress", StringComparison.Ordinal));
    }

    [Fact]
    public void A_batch_workbook_writes_an_xlsx_report_and_a_calendar()
    {
        string report = Path.Combine(scratch, "report.xlsx");
        string calendar = Path.Combine(scratch, "due.ics");

        var (exit, output, error) = CliRun.Run(Today, "batch", Paths.Examples("hr-workforce.xlsx"), "--as-of", "2025-11-23", "--within-days", "120", "--out", report, "--calendar", calendar);

        Assert.True(exit == 0, error);
        Assert.Contains("3 people evaluated", output, StringComparison.Ordinal);
        using var stream = File.OpenRead(report);
        using var zip = new System.IO.Compression.ZipArchive(stream);
        Assert.Contains(zip.Entries, e => e.FullName == "xl/workbook.xml");
        string ics = File.ReadAllText(calendar);
        Assert.StartsWith("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("UID:E100.aama-cma.expiration.2026-02-28@ceurules", ics, StringComparison.Ordinal);
        // each certification's next step comes before its deadlines
        Assert.True(ics.IndexOf("UID:E100.aama-cma.next-step@ceurules", StringComparison.Ordinal) is int step and >= 0
            && step < ics.IndexOf("UID:E100.aama-cma.expiration.2026-02-28@ceurules", StringComparison.Ordinal), ics);
    }

    [Fact]
    public void The_streamed_csv_report_of_a_json_lines_batch_is_in_input_order_whatever_the_parallelism()
    {
        string input = Path.Combine(scratch, "many.jsonl");
        var lines = File.ReadAllLines(Paths.Examples("workforce.jsonl"));
        File.WriteAllLines(input, Enumerable.Range(0, 40).SelectMany(i => lines.Select(l => l.Replace("\"E000", $"\"P{i:D2}-E000", StringComparison.Ordinal))));
        string report = Path.Combine(scratch, "many.csv");

        var (exit, _, error) = CliRun.Run(Today, "batch", input, "--as-of", "2025-11-23", "--out", report, "--parallelism", "8");

        Assert.True(exit == 1, error);
        var rows = File.ReadAllLines(report, Encoding.UTF8).Skip(1).Select(l => long.Parse(l.Split(',')[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(rows.Order(), rows);
        Assert.Equal(File.ReadAllLines(input).Count(l => !string.IsNullOrWhiteSpace(l)), rows.Distinct().Count());
    }
}
