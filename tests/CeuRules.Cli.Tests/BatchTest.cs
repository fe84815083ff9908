using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>The batch command end to end: every input line accounted for, whatever the parallelism.</summary>
public sealed class BatchTest : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("ceurules-batch-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static string Example() => Path.Combine(CliTestPaths.Root(), "docs", "examples", "workforce.jsonl");

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliTestPaths.Run(new LocalDate(2025, 11, 23), args);

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("8")]
    public void Every_line_is_accounted_for_and_the_rows_do_not_depend_on_parallelism(string parallelism)
    {
        var report = Path.Combine(scratch, $"report-{parallelism}.csv");
        var (exit, output, error) = Run("batch", Example(), "--as-of", "2025-11-23", "--within-days", "120", "--out", report, "--parallelism", parallelism);
        Assert.Equal(1, exit); // the example has malformed lines
        var rows = File.ReadAllLines(report).Skip(1).ToList();
        var nonBlank = File.ReadAllLines(Example()).Select((text, i) => (text, line: i + 1)).Where(l => !string.IsNullOrWhiteSpace(l.text)).Select(l => l.line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(nonBlank.Order(), rows.Select(r => r.Split(',')[0]).Order());
        Assert.Equal(3, rows.Count(r => r.Split(',')[2].Length == 0));
        Assert.Contains("error: The document is not valid JSON", error, StringComparison.Ordinal);
        Assert.Contains("[line 5 · invalid-json]", error, StringComparison.Ordinal);
        Assert.Contains("6 people evaluated", output, StringComparison.Ordinal);
        Assert.Contains("3 lines not evaluated", output, StringComparison.Ordinal);
        var baseline = Path.Combine(scratch, "report-baseline.csv");
        Run("batch", Example(), "--as-of", "2025-11-23", "--within-days", "120", "--out", baseline, "--parallelism", "1");
        Assert.Equal(File.ReadAllLines(baseline).Order(), File.ReadAllLines(report).Order());
    }

    [Fact]
    public void The_json_report_has_a_row_per_line_and_a_summary()
    {
        var report = Path.Combine(scratch, "report.json");
        Run("batch", Example(), "--as-of", "2025-11-23", "--out", report);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(9, json.RootElement.GetProperty("rows").GetArrayLength());
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(6, summary.GetProperty("people").GetInt32());
        Assert.Equal(3, summary.GetProperty("malformedLines").GetInt32());
        Assert.Equal(6, summary.GetProperty("counts").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
    }

    [Fact]
    public void The_summary_lists_whose_next_step_is_due_within_the_horizon()
    {
        // E0000005 must earn and apply by 2027-02-28 (462 days); E0000000's only route left, the exam, has no date, so it is not due
        var (_, output, _) = Run("batch", Example(), "--as-of", "2025-11-23", "--within-days", "462");
        Assert.Contains("Due within 462 days: 1 certification.", output, StringComparison.Ordinal);
        Assert.Contains("E0000005", output, StringComparison.Ordinal);
        Assert.Contains("Earn the missing credit, then apply", output, StringComparison.Ordinal);
        Assert.Contains("28 February 2027", output, StringComparison.Ordinal);
        Assert.DoesNotContain("E0000000", output, StringComparison.Ordinal);
        Assert.Contains("Due within 461 days: 0 certifications.", Run("batch", Example(), "--as-of", "2025-11-23", "--within-days", "461").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_names_the_certifications_with_no_route_left()
    {
        var input = Path.Combine(scratch, "exhausted.jsonl");
        File.WriteAllText(input, """
            {"personId": "X1", "certifications": [{"credential": "aama-cma", "certifiedOn": "2020-12-01", "examAttempts": [{"on": "2025-06-01", "passed": false}, {"on": "2025-07-01", "passed": false}, {"on": "2025-08-01", "passed": false}]}]}
            """);
        var (exit, output, _) = Run("batch", input, "--as-of", "2025-11-23");
        Assert.Equal(0, exit);
        Assert.Contains("No route left to recertify: 1 certification (X1 aama-cma).", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_and_the_reports_speak_the_culture_asked_for()
    {
        var report = Path.Combine(scratch, "informe.csv");
        var (exit, output, error) = Run("batch", Example(), "--as-of", "2025-11-23", "--within-days", "462", "--culture", "es", "--out", report);
        Assert.Equal(1, exit);
        Assert.Contains("9 líneas leídas, 6 personas evaluadas", output, StringComparison.Ordinal);
        Assert.Contains("3 líneas sin evaluar", output, StringComparison.Ordinal);
        Assert.Contains("Vencen en los próximos 462 días: 1 certificación.", output, StringComparison.Ordinal);
        Assert.Contains("28 de febrero de 2027", output, StringComparison.Ordinal);
        Assert.Contains("evaluación al 23 de noviembre de 2025", output, StringComparison.Ordinal);
        foreach (var english in new[] { "people", "lines", "Due within", "Status", "Next step", "certification(s)", "as of" })
        {
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
        }
        Assert.Contains("error: El documento no es JSON válido", error, StringComparison.Ordinal);
        var header = File.ReadLines(report).First();
        Assert.Contains("Estado", header, StringComparison.Ordinal);
        Assert.DoesNotContain("Status", header, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_line_the_parser_refuses_is_refused_in_the_culture_it_names()
    {
        var (exit, _, english) = Run("batch", Example(), "--within-days", "abc");
        var (spanishExit, _, spanish) = Run("batch", Example(), "--culture", "es", "--within-days", "abc");
        Assert.Equal((2, 2), (exit, spanishExit));
        Assert.Contains("[invalid-command-line]", english, StringComparison.Ordinal);
        Assert.Contains("[invalid-command-line]", spanish, StringComparison.Ordinal);
        Assert.Contains("abc", spanish, StringComparison.Ordinal);
        // The parser's own message is the Spanish one its resources give, inside the layer's Spanish line.
        Assert.DoesNotContain("Cannot parse", spanish, StringComparison.Ordinal);
        Assert.NotEqual(english, spanish);
    }

    [Fact]
    public void One_of_a_kind_is_counted_in_the_singular()
    {
        var input = Path.Combine(scratch, "one.jsonl");
        File.WriteAllText(input, """
            {"personId": "X1", "certifications": [{"credential": "aama-cma", "certifiedOn": "2024-12-01"}]}
            """);
        var (_, output, _) = Run("batch", input, "--as-of", "2025-11-23");
        Assert.Contains("1 line read, 1 person evaluated (1 certification), 0 lines not evaluated, 0 certifications without a policy; as of 23 November 2025.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_file_exits_0()
    {
        var clean = Path.Combine(scratch, "clean.jsonl");
        File.WriteAllLines(clean, File.ReadAllLines(Example()).Where(l => l.Contains("\"E000", StringComparison.Ordinal)));
        Assert.Equal(0, Run("batch", clean, "--as-of", "2025-11-23").Exit);
    }

    [Theory]
    [InlineData("batch", "/no/such/file.jsonl")]
    [InlineData("batch", "EXAMPLE", "--within-days", "-1")]
    [InlineData("batch", "EXAMPLE", "--parallelism", "0")]
    [InlineData("batch", "EXAMPLE", "--out", "report.txt")]
    [InlineData("batch", "EXAMPLE", "--as-of", "2025-13-01")]
    public void Bad_arguments_exit_2_with_a_message(params string[] args)
    {
        var (exit, _, error) = Run(args.Select(a => a == "EXAMPLE" ? Example() : a == "report.txt" ? Path.Combine(Path.GetTempPath(), "ceurules-report.txt") : a).ToArray());
        Assert.Equal(2, exit);
        Assert.StartsWith("error:", error, StringComparison.Ordinal);
    }
}
