using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Xunit;
using static CeuRules.Cli.Tests.CliTestPaths;

namespace CeuRules.Cli.Tests;

/// <summary><c>ceurules recommend</c> end to end, on the examples the docs use.</summary>
public sealed class RecommendTest
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => CliTestPaths.Run(new LocalDate(2026, 11, 23), args);

    private static string Person => Path.Combine(Root(), "docs", "examples", "cma-ccma-recommend.json");

    private static string Catalog(string name) => Path.Combine(Root(), "docs", "examples", "catalogs", name);

    [Fact]
    public void Ctrl_C_stops_a_recommendation_and_writes_nothing()
    {
        string output = Path.Combine(Path.GetTempPath(), $"ceurules-recommend-{Guid.NewGuid():N}.json");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        int exit = CeuRules.Cli.CliApp.Run(["recommend", Person, "--catalog", Catalog("course-market.json"), "--as-of", "2026-11-23", "--out", output],
            stdout, stderr, cancellationToken: new System.Threading.CancellationToken(canceled: true));

        Assert.Equal(130, exit);
        Assert.StartsWith("error: Interrupted: the recommendation was stopped; nothing was written. [interrupted]", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void The_documented_example_recommends_three_courses_for_60_dollars_and_makes_both_credentials_current()
    {
        var (exit, output, error) = Run("recommend", Person, "--catalog", Catalog("course-market.json"), "--catalog", Catalog("budget-ce.json"), "--format", "json");
        Assert.Equal((0, string.Empty), (exit, error));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("optimal", root.GetProperty("status").GetString());
        Assert.True(root.GetProperty("optimal").GetBoolean());
        Assert.Equal(60m, root.GetProperty("totalCost").GetDecimal());
        Assert.Equal(["BC-1", "EA-311", "EA-340"], root.GetProperty("courses").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Order());
        Assert.All(root.GetProperty("certifications").EnumerateArray(), c => Assert.Equal("met", c.GetProperty("statusAfter").GetString()));
        var shared = root.GetProperty("courses").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "EA-340");
        Assert.Equal(["aama-cma", "nha-ccma"], shared.GetProperty("earns").EnumerateArray().Select(e => e.GetProperty("credential").GetString()).Order());
        var taken = root.GetProperty("alternatives").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "phleb");
        Assert.Equal("already-taken", taken.GetProperty("reason").GetProperty("code").GetString());
    }

    [Fact]
    public void The_text_face_is_a_table_with_the_total_and_the_status_after()
    {
        var (exit, output, error) = Run("recommend", Person, "--catalog", Catalog("course-market.json"), "--catalog", Catalog("budget-ce.json"));
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("The best choice for what you asked", output, System.StringComparison.Ordinal);
        Assert.Contains("$60.00", output, System.StringComparison.Ordinal);
        Assert.Contains("already-taken", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_face_speaks_the_culture_asked_for_and_the_json_does_not_change()
    {
        var (exit, spanish, error) = Run("recommend", Person, "--catalog", Catalog("course-market.json"), "--catalog", Catalog("budget-ce.json"), "--culture", "es");
        Assert.Equal((0, string.Empty), (exit, error));
        foreach (var header in new[] { "Curso", "Proveedor", "Precio", "Minutos", "Otorga", "Total", "Ahora", "Después de los cursos", "Lo que queda sin cubrir", "No elegidos", "Por qué no" })
        {
            Assert.Contains(header, spanish, StringComparison.Ordinal);
        }
        foreach (var english in new[] { "Course ", "Vendor", "Price", "Minutes", "Earns", "What stays uncovered", "Not chosen", "Why not" })
        {
            Assert.DoesNotContain(english, spanish, StringComparison.Ordinal);
        }
        Assert.Contains("$60.00", spanish, StringComparison.Ordinal);
        string Json(params string[] culture) => Run(["recommend", Person, "--catalog", Catalog("course-market.json"), "--format", "json", .. culture]).Out;
        Assert.Equal(Json(), Json("--culture", "es"));
    }

    [Theory]
    [InlineData("time")]
    [InlineData("courses")]
    public void Another_objective_is_honoured(string objective)
    {
        var (exit, output, _) = Run("recommend", Person, "--catalog", Catalog("course-market.json"), "--catalog", Catalog("budget-ce.json"), "--format", "json", "--objective", objective);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(objective, json.RootElement.GetProperty("objective").GetString());
        Assert.Equal("optimal", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public void Out_writes_the_file_whole()
    {
        var target = Path.Combine(Path.GetTempPath(), $"recommend-{System.Guid.NewGuid():N}.json");
        try
        {
            var (exit, output, _) = Run("recommend", Person, "--catalog", Catalog("course-market.json"), "--format", "json", "--out", target);
            Assert.Equal((0, string.Empty), (exit, output));
            using var json = JsonDocument.Parse(File.ReadAllText(target));
            Assert.Equal("cost", json.RootElement.GetProperty("objective").GetString());
        }
        finally
        {
            File.Delete(target);
        }
    }

    [Fact]
    public void A_catalog_with_errors_is_used_and_exits_1_with_its_findings_placed()
    {
        var (exit, output, error) = Run("recommend", Person, "--catalog", Catalog("with-errors.json"), "--format", "json");
        Assert.Equal(1, exit);
        Assert.Contains("catalogs[0].courses[", error, System.StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("path").GetString()!.StartsWith("catalogs[0].", System.StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_catalog_exits_2()
    {
        var file = Path.Combine(Path.GetTempPath(), $"not-a-catalog-{System.Guid.NewGuid():N}.json");
        File.WriteAllText(file, "not json");
        try
        {
            var (exit, output, error) = Run("recommend", Person, "--catalog", file);
            Assert.Equal((2, string.Empty), (exit, output));
            Assert.Contains("The catalog is not valid JSON", error, System.StringComparison.Ordinal);
            Assert.Contains($"[{Path.GetFileName(file)} · invalid-json]", error, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Without_a_catalog_the_command_line_is_wrong()
    {
        var (exit, _, error) = Run("recommend", Person);
        Assert.Equal(2, exit);
        Assert.Contains("--catalog", error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_objective_is_refused()
    {
        var (exit, _, _) = Run("recommend", Person, "--catalog", Catalog("course-market.json"), "--objective", "fun");
        Assert.Equal(2, exit);
    }

    [Fact]
    public void An_out_that_is_a_catalog_or_the_document_is_refused_and_both_stay_as_they_were()
    {
        var folder = Directory.CreateTempSubdirectory("ceurules-recommend-").FullName;
        try
        {
            var person = Path.Combine(folder, "person.json");
            var catalog = Path.Combine(folder, "catalog.json");
            File.Copy(Person, person);
            File.Copy(Catalog("course-market.json"), catalog);
            var (personBefore, catalogBefore) = (File.ReadAllBytes(person), File.ReadAllBytes(catalog));
            foreach (var target in new[] { catalog, person })
            {
                var (exit, _, error) = Run("recommend", person, "--catalog", catalog, "--format", "json", "--out", target);
                Assert.Equal(2, exit);
                Assert.Contains("Nothing was written", error, System.StringComparison.Ordinal);
            }
            Assert.Equal(personBefore, File.ReadAllBytes(person));
            Assert.Equal(catalogBefore, File.ReadAllBytes(catalog));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Evaluate_with_catalogs_adds_the_recommended_courses_to_the_html_and_text_reports_in_the_reports_language()
    {
        var (exit, html, error) = Run("evaluate", Person, "--catalog", Catalog("course-market.json"), "--catalog", Catalog("budget-ce.json"), "--format", "html", "--culture", "es-US");
        Assert.True(exit == 0, error);
        Assert.Contains("id=\"recommendation\"", html, System.StringComparison.Ordinal);
        Assert.Contains("Cursos con los que se pondría al día", System.Net.WebUtility.HtmlDecode(html), System.StringComparison.Ordinal);

        var (textExit, text, textError) = Run("evaluate", Person, "--catalog", Catalog("course-market.json"), "--objective", "time");
        Assert.True(textExit == 0, textError);
        Assert.Contains("Courses that would make you current", text, System.StringComparison.Ordinal);
        Assert.Contains("least time", text, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("ics")]
    public void Evaluate_refuses_catalogs_with_a_format_that_has_no_report_section(string format)
    {
        var (exit, output, error) = Run("evaluate", Person, "--catalog", Catalog("course-market.json"), "--format", format);
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("ceurules recommend", error, System.StringComparison.Ordinal);
    }
}
