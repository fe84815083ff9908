using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Xunit;
using static CeuRules.Cli.Tests.CliTestPaths;

namespace CeuRules.Cli.Tests;

/// <summary><c>ceurules validate-catalog</c> end to end.</summary>
public sealed class ValidateCatalogTest
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliTestPaths.Run(new LocalDate(2026, 11, 23), args);

    /// <summary>The words of a text output, one space between them, as a narrow terminal may wrap its lines anywhere.</summary>
    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));

    private static string Example(string name) => Path.Combine(Root(), "docs", "examples", "catalogs", name);

    [Fact]
    public void A_valid_catalog_exits_0_and_reports_what_each_course_earns()
    {
        var (exit, output, error) = Run("validate-catalog", Example("example-academy.json"), "--format", "json");
        Assert.Equal((0, string.Empty), (exit, error));
        using var json = JsonDocument.Parse(output);
        Assert.True(json.RootElement.GetProperty("valid").GetBoolean());
        var yields = json.RootElement.GetProperty("yields").EnumerateArray().Select(y => (y.GetProperty("course").GetString(), y.GetProperty("credential").GetString(), y.GetProperty("description").GetString())).ToList();
        Assert.Contains(("EA-101", "aama-cma", "1 AAMA point in the clinical category"), yields);
        Assert.Contains(("EA-101", "nha-ccma", "0.75 NHA credits"), yields);
        Assert.Contains(("EA-CPR", "aama-cma", "4 AAMA points in the clinical category"), yields);
    }

    [Fact]
    public void A_catalog_with_errors_exits_1_with_every_finding_coded_and_located()
    {
        var (exit, output, _) = Run("validate-catalog", Example("with-errors.json"), "--format", "json");
        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(output);
        Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
        var codes = json.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToHashSet();
        foreach (var code in new[] { "content-minutes-mismatch", "credit-exceeds-duration", "duplicate-course-id", "missing-completion-period", "approval-without-reference", "unknown-category", "cpr-validity", "cpr-credit", "kind-not-accepted" })
        {
            Assert.Contains(code, codes);
        }
        var (textExit, text, _) = Run("validate-catalog", Example("with-errors.json"));
        Assert.Equal(1, textExit);
        Assert.Contains("Not valid: 10 errors", text, System.StringComparison.Ordinal);
        Assert.Contains("EA-CPR", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_speaks_the_culture_asked_for_and_the_JSON_does_not_depend_on_it()
    {
        var (exit, spanishText, error) = Run("validate-catalog", Example("with-errors.json"), "--culture", "es-US");
        string spanish = Words(spanishText);
        Assert.Equal((1, string.Empty), (exit, error));
        Assert.Contains("No válido: 10 errores", spanish, System.StringComparison.Ordinal);
        Assert.Contains("revisado según las políticas vigentes el 23 de noviembre de 2026", spanish, System.StringComparison.Ordinal);
        Assert.Contains("Gravedad", spanish, System.StringComparison.Ordinal);
        Assert.DoesNotContain("Not valid", spanish, System.StringComparison.Ordinal);
        Assert.DoesNotContain("checked against", spanish, System.StringComparison.Ordinal);
        Assert.DoesNotContain("warning", spanish, System.StringComparison.Ordinal);

        string english = Words(Run("validate-catalog", Example("with-errors.json")).Out);
        Assert.Contains("checked against the policies in force on 23 November 2026", english, System.StringComparison.Ordinal);
        Assert.Contains("Severity", english, System.StringComparison.Ordinal);

        Assert.Equal(Run("validate-catalog", Example("with-errors.json"), "--format", "json").Out,
            Run("validate-catalog", Example("with-errors.json"), "--format", "json", "--culture", "es").Out);
    }

    [Fact]
    public void A_culture_the_words_are_not_written_in_exits_2()
    {
        var (exit, output, error) = Run("validate-catalog", Example("example-academy.json"), "--culture", "fr-FR");
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("The option --culture is “fr-FR”", error, System.StringComparison.Ordinal);
        Assert.Contains("[--culture · unknown-culture]", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_catalog_exits_2_on_stderr()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "not json");
        var (exit, output, error) = Run("validate-catalog", path);
        File.Delete(path);
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("invalid-json", error, System.StringComparison.Ordinal);
        Assert.Equal(2, Run("validate-catalog", Path.Combine(Root(), "no-such-file.json")).Exit);
    }

    [Fact]
    public void A_structurally_broken_catalog_exits_1_with_the_readers_findings()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "{\"vendor\": \"V\", \"courses\": [ { \"id\": \"A\", \"title\": \"T\", \"kind\": \"course\", \"durationMinutes\": \"long\" } ]}");
        var (exit, output, _) = Run("validate-catalog", path, "--format", "json");
        File.Delete(path);
        Assert.Equal(1, exit);
        Assert.Contains("courses[0].durationMinutes", output, System.StringComparison.Ordinal);
    }
}
