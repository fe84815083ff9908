using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>The ceurules command line end to end, on the shipped examples and on malformed documents.</summary>
public sealed class CliTest : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("ceurules-cli-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static string Root() => CliTestPaths.Root();

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliTestPaths.Run(new LocalDate(2026, 11, 23), args);

    private string Write(string name, string content)
    {
        var path = Path.Combine(scratch, name);
        File.WriteAllText(path, content);
        return path;
    }

    public static TheoryData<string, string> Examples() => new()
    {
        { "cma-in-progress.json", "in-progress" },
        { "cma-met.json", "met" },
        { "cma-within-ce-time-limit.json", "within-ce-time-limit" },
        { "cma-lapsed.json", "lapsed-exam-required" },
        { "cma-ineligible.json", "ineligible" },
        { "rma-reactivation.json", "within-ce-time-limit" },
        { "ccma-in-progress.json", "in-progress" },
        { "ncma-met.json", "met" },
        { "several-credentials.json", "in-progress" },
        { "cma-ccma-recommend.json", "in-progress" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_evaluates_to_the_status_its_name_says(string file, string status)
    {
        var (exit, output, error) = Run("evaluate", Path.Combine(Root(), "docs", "examples", file), "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        using var json = JsonDocument.Parse(output);
        var result = json.RootElement.GetProperty("results")[0];
        Assert.Equal(status, result.GetProperty("status").GetString());
        foreach (var name in new[] { "credential", "expiresOn", "window", "lastCeDay", "requirements", "activities", "plan", "deadlines", "fees" })
        {
            Assert.True(result.TryGetProperty(name, out _), $"missing {name}");
        }
    }

    [Fact]
    public void One_document_with_several_certifications_gives_one_result_each_and_an_activity_counts_for_each()
    {
        var (exit, output, _) = Run("evaluate", Path.Combine(Root(), "docs", "examples", "several-credentials.json"), "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["aama-cma", "nha-ccma"], results.Select(r => r.GetProperty("credential").GetString()));
        var phlebotomy = results.Select(r => r.GetProperty("activities").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "phleb")).ToList();
        Assert.All(phlebotomy, a => Assert.NotEqual(0, a.GetProperty("counted").GetArrayLength()));
    }

    [Fact]
    public void Policies_lists_every_built_in_credential_and_explains_one_rule_by_rule()
    {
        var (exit, output, _) = Run("policies");
        Assert.Equal(0, exit);
        foreach (var id in new[] { "aama-cma", "amt-rma", "nha-ccma", "ncct-ncma" })
        {
            Assert.Contains(id, output, StringComparison.Ordinal);
        }
        var (detailExit, detail, _) = Run("policies", "amt-rma");
        Assert.Equal(0, detailExit);
        Assert.Contains("amt-rma/employment-cutoff", detail, StringComparison.Ordinal);
        var (jsonExit, json, _) = Run("policies", "--format", "json");
        Assert.Equal(0, jsonExit);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(6, document.RootElement.GetProperty("policies").GetArrayLength());
        var (unknownExit, _, unknownError) = Run("policies", "cma");
        Assert.Equal(2, unknownExit);
        Assert.Contains("'cma' is not a known credential", unknownError, StringComparison.Ordinal);
    }

    [Fact]
    public void Policies_shows_each_source_s_url_revision_and_authority_in_every_format()
    {
        var (_, text, _) = Run("policies", "amt-rma");
        Assert.Contains("<https://", text, StringComparison.Ordinal);
        Assert.Contains("(the body's own source, current)", text, StringComparison.Ordinal);
        Assert.Contains("Also: AMT, CCP program sheet", text, StringComparison.Ordinal);

        var (_, markdown, _) = Run("policies", "amt-rma", "--format", "markdown");
        var feeRow = markdown.Split('\n').First(l => l.StartsWith("| `amt-rma/fee-annual` |", StringComparison.Ordinal));
        Assert.Contains("| Annual fee: $50.00. |", feeRow, StringComparison.Ordinal);
        Assert.Contains("](https://americanmedtech.org/Certification/Stay-Certified/tabs/3) (the body's own source, current)", feeRow, StringComparison.Ordinal);
        Assert.Contains("<br>Also: AMT, CCP program sheet: an annual fee of $50 — document: ", feeRow, StringComparison.Ordinal);
        Assert.Contains("(a secondary source, undated, unconfirmed, superseded)", feeRow, StringComparison.Ordinal);

        // In Spanish, every word the listing adds to the policy's own citations and notes.
        var (_, spanish, _) = Run("policies", "amt-rma", "--format", "markdown", "--culture", "es");
        var spanishRow = spanish.Split('\n').First(l => l.StartsWith("| `amt-rma/fee-annual` |", StringComparison.Ordinal));
        Assert.Contains("| Cuota anual: $50.00. |", spanishRow, StringComparison.Ordinal);
        Assert.Contains("(fuente del propio organismo, current)", spanishRow, StringComparison.Ordinal);
        Assert.Contains("<br>También: AMT, CCP program sheet: an annual fee of $50 — documento: ", spanishRow, StringComparison.Ordinal);
        Assert.Contains("(fuente secundaria, undated, sin confirmar, reemplazada)", spanishRow, StringComparison.Ordinal);
        Assert.Contains("| Regla | Qué dice | Fuente |", spanish, StringComparison.Ordinal);
        Assert.Contains("### amt-rma@2021, vigente desde el 1 de enero de 2021", spanish, StringComparison.Ordinal);
        Assert.Contains("La experiencia laboral cuenta solo por el trabajo realizado hasta el 31 de diciembre de 2020.", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("Employment may be claimed", spanish, StringComparison.Ordinal);

        var (_, json, _) = Run("policies", "amt-rma", "--format", "json");
        using var document = JsonDocument.Parse(json);
        var fee = document.RootElement.GetProperty("policies")[1].GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "amt-rma/fee-annual").GetProperty("source");
        Assert.Equal(("https://americanmedtech.org/Certification/Stay-Certified/tabs/3", "current", "body", true),
            (fee.GetProperty("url").GetString(), fee.GetProperty("revision").GetString(), fee.GetProperty("authority").GetString(), fee.GetProperty("confirmed").GetBoolean()));
        var further = fee.GetProperty("furtherSources");
        Assert.Equal(2, further.GetArrayLength());
        Assert.Equal(("mirror", JsonValueKind.Null), (further[0].GetProperty("authority").GetString(), further[0].GetProperty("url").ValueKind));
        Assert.True(further[1].GetProperty("superseded").GetBoolean());
        Assert.False(further[1].TryGetProperty("furtherSources", out _));
    }

    [Fact]
    public void A_policy_file_adds_a_custom_credential_to_evaluate_list_and_validate_against()
    {
        var policy = Path.Combine(Root(), "docs", "examples", "policies", "employer-annual.json");
        var document = Path.Combine(Path.GetTempPath(), $"clinic-{Guid.NewGuid():N}.json");
        File.WriteAllText(document, """
            { "asOf": "2024-11-23", "certifications": [ { "credential": "example-clinic-ce", "certifiedOn": "2024-03-01" } ],
              "activities": [ { "id": "fire", "kind": "course", "completedOn": "2024-06-03", "durationMinutes": 720,
                                "credits": [ { "amount": 12, "unit": "contact-hour", "category": "safety" } ] } ] }
            """);
        try
        {
            var (exit, output, _) = Run("evaluate", document, "--format", "json", "--policy", policy);
            Assert.Equal(0, exit);
            using var json = JsonDocument.Parse(output);
            Assert.Equal("met", json.RootElement.GetProperty("results")[0].GetProperty("status").GetString());
            var (withoutExit, _, withoutError) = Run("evaluate", document);
            Assert.Equal(2, withoutExit); // its only certification is unknown without the policy
            Assert.Contains("unknown-credential", withoutError, StringComparison.Ordinal);
            Assert.Contains("example-clinic-ce", Run("policies", "--policy", policy).Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(document);
        }
    }

    [Fact]
    public void A_bad_policy_file_exits_2_with_located_errors()
    {
        var policy = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(policy, """{ "credential": 3 }""");
        try
        {
            var (exit, output, error) = Run("evaluate", Path.Combine(Root(), "docs", "examples", "cma-met.json"), "--policy", policy);
            Assert.Equal((2, string.Empty), (exit, output));
            Assert.Contains($"[{Path.GetFileName(policy)}:credential · wrong-type]", error, StringComparison.Ordinal);
            Assert.Equal(2, Run("policies", "--policy", Path.Combine(Root(), "no-such-policy.json")).Exit);
        }
        finally
        {
            File.Delete(policy);
        }
    }

    [Fact]
    public void Every_shipped_example_is_covered()
    {
        var shipped = Directory.GetFiles(Path.Combine(Root(), "docs", "examples"), "*.json").Select(Path.GetFileName).Order();
        Assert.True(File.Exists(Path.Combine(Root(), "docs", "examples", "workforce.jsonl")));
        Assert.Equal(Examples().Select(row => (string)row[0]).Order(), shipped);
    }

    [Fact]
    public void The_text_format_is_plain_when_redirected_and_explains_the_status()
    {
        var (exit, output, _) = Run("evaluate", Path.Combine(Root(), "docs", "examples", "cma-in-progress.json"));
        Assert.Equal(0, exit);
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains("Status: In progress", output, StringComparison.Ordinal);
        Assert.Contains("Current until 28 February 2026", output, StringComparison.Ordinal);
        Assert.Contains("category:administrative", output, StringComparison.Ordinal);
        Assert.Contains("too-short", output, StringComparison.Ordinal);
        Assert.Contains("Plan:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void As_of_overrides_the_document_and_the_clock_is_the_last_resort()
    {
        var example = Path.Combine(Root(), "docs", "examples", "cma-in-progress.json");
        using (var json = JsonDocument.Parse(Run("evaluate", example, "--as-of", "2026-06-01", "--format", "json").Out))
        {
            Assert.Equal("lapsed-exam-required", json.RootElement.GetProperty("results")[0].GetProperty("status").GetString());
        }
        var undated = Write("undated.json", """{ "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ] }""");
        using var fromClock = JsonDocument.Parse(Run("evaluate", undated, "--format", "json").Out);
        Assert.Equal("2026-11-23", fromClock.RootElement.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("not json at all", "invalid-json")]
    [InlineData("", "invalid-json")]
    [InlineData("""{ "certifications": [ { "credential": "aama-cma", "certifiedOn": "2023-02-30" } ] }""", "'2023-02-30' is not a date (expected YYYY-MM-DD, years 0001 to 9999) in the certification date of certification 1. [bad.json:certifications[0].certifiedOn · not-a-date]")]
    [InlineData("""{ "certifications": [ { "credential": "cma", "certifiedOn": "2021-02-10" } ] }""", "unknown-credential")]
    [InlineData("""{ "activities": [] }""", "missing-field")]
    public void An_unreadable_document_exits_2_with_the_errors_on_stderr(string content, string expected)
    {
        var (exit, output, error) = Run("evaluate", Write("bad.json", content));
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partly_bad_document_is_evaluated_and_the_bad_activity_reported()
    {
        var path = Write("partial.json", """
            { "asOf": "2025-01-01", "certifications": [ { "credential": "aama-cma", "certifiedOn": "2021-02-10" } ],
              "activities": [ { "id": "ok", "kind": "course", "completedOn": "2022-01-01", "credits": [ { "amount": 2, "unit": "aama-point", "category": "clinical", "approvedBy": ["aama"] } ] },
                              { "id": "bad", "kind": "course", "completedOn": "2022-13-01" } ] }
            """);
        var (exit, output, error) = Run("evaluate", path, "--format", "json");
        Assert.Equal(1, exit); // evaluated, but an activity was left out
        Assert.Contains("error: '2022-13-01' is not a date (expected YYYY-MM-DD, years 0001 to 9999) in the completion date of activity 2. [activities[1].completedOn · not-a-date]", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "activity-left-out");
        Assert.Equal(1, json.RootElement.GetProperty("results")[0].GetProperty("activities").GetArrayLength());
    }

    [Theory]
    [InlineData("evaluate", "/no/such/file.json")]
    [InlineData("evaluate")]
    [InlineData("frobnicate")]
    [InlineData("evaluate", "FILE", "--format", "xml")]
    [InlineData("evaluate", "FILE", "--as-of", "2025-02-30")]
    public void A_wrong_command_line_exits_2_without_a_stack_trace(params string[] args)
    {
        var example = Path.Combine(Root(), "docs", "examples", "cma-met.json");
        var (exit, _, error) = Run(args.Select(a => a == "FILE" ? example : a).ToArray());
        Assert.Equal(2, exit);
        Assert.NotEqual(string.Empty, error);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }
}
