using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Json;
using NodaTime;
using Xunit;
using static CeuRules.Cli.Tests.CliTestPaths;

namespace CeuRules.Cli.Tests;

/// <summary>
/// The malformed corpus of tests/malformed (made by its generate.py): every file or line gives the
/// finding, or the decision, its case names, through the library; and the command line answers
/// every file with an exit code and a message, never a crash or a stack trace.
/// </summary>
public sealed partial class MalformedCorpusTest
{
    /// <summary>One "path: message [code]" of a batch report's error text, where findings are joined by "; ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|; )(?<path>[^ :;]+): .*? \[(?<code>[a-z0-9-]+)\](?=; |$)")]
    private static partial System.Text.RegularExpressions.Regex Finding();

    private static readonly LocalDate AsOf = new(2025, 11, 23);

    private sealed record Case(string File, string Kind, string? Code, string? Path, string? Severity, int? Line, string? Credential, string? Activity, string? Reason)
    {
        public override string ToString() => $"{File}{(Line is { } line ? $":{line}" : string.Empty)} -> {Code ?? Reason} at {Path ?? Activity}";
    }

    private static readonly Lazy<List<Case>> All = new(() =>
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(System.IO.Path.Combine(Root(), "tests", "malformed", "cases.json")));
        return json.RootElement.EnumerateArray().Select(c => new Case(
            c.GetProperty("file").GetString()!, c.GetProperty("kind").GetString()!, Text(c, "code"), Text(c, "path"), Text(c, "severity"),
            c.TryGetProperty("line", out var line) ? line.GetInt32() : null, Text(c, "credential"), Text(c, "activity"), Text(c, "reason"))).ToList();
    });

    private static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (int i = 0; i < All.Value.Count; i++)
        {
            data.Add(i);
        }
        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_200_cases_of_every_kind()
    {
        Assert.True(All.Value.Count >= 200, $"{All.Value.Count} cases");
        foreach (var kind in new[] { "transcript", "catalog", "policy", "batch" })
        {
            Assert.Contains(All.Value, c => c.Kind == kind);
        }
        foreach (var file in All.Value.Select(c => c.File).Distinct())
        {
            Assert.True(File.Exists(System.IO.Path.Combine(Root(), "tests", "malformed", file)), file);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_gives_its_finding_or_decision(int index)
    {
        var c = All.Value[index];
        var bytes = File.ReadAllBytes(System.IO.Path.Combine(Root(), "tests", "malformed", c.File));
        var findings = c.Kind switch
        {
            "transcript" => TranscriptJsonReader.Read(bytes).Findings.Select(f => (f.Code, f.Path, Severity: f.Severity.ToString())).ToList(),
            "catalog" => CatalogFindings(bytes),
            "policy" => PolicyJsonReader.Read(bytes).Findings.Select(f => (f.Code, f.Path, Severity: f.Severity.ToString())).ToList(),
            "batch" => BatchFindings(c.File, c.Line!.Value),
            _ => throw new InvalidOperationException(c.Kind),
        };
        if (c.Reason is { } reason)
        {
            var read = TranscriptJsonReader.Read(bytes);
            Assert.DoesNotContain(read.Findings, f => f.Severity == FindingSeverity.Error);
            var document = read.Document!;
            var certification = document.Certifications.Single(x => x.Credential.Id == c.Credential);
            var decisions = new CertificationEvaluator().Evaluate(certification, document.Transcript, AsOf).Activities.Where(a => a.ActivityId == c.Activity).ToList();
            Assert.NotEmpty(decisions);
            if (reason == "none")
            {
                Assert.All(decisions, d => Assert.Empty(d.NotCounted));
            }
            else
            {
                Assert.Contains(decisions.SelectMany(d => d.NotCounted), n => n.Reason.ToId() == reason);
            }
            return;
        }
        if (c.Code == "none")
        {
            Assert.DoesNotContain(findings, f => f.Severity == "Error");
            return;
        }
        Assert.True(findings.Any(f => f.Code == c.Code && f.Path == c.Path && string.Equals(f.Severity, c.Severity, StringComparison.OrdinalIgnoreCase)),
            $"{c}: expected {c.Severity} '{c.Code}' at '{c.Path}'; got {string.Join("; ", findings)}");
    }

    /// <summary>What <c>ceurules batch --out report.json</c> says of a line: "path: message [code]" per finding, read back.</summary>
    private static List<(string Code, string Path, string Severity)> BatchFindings(string file, int line)
    {
        var report = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.json");
        try
        {
            Run(AsOf, "batch", System.IO.Path.Combine(Root(), "tests", "malformed", file), "--as-of", "2025-11-23", "--out", report);
            using var json = JsonDocument.Parse(File.ReadAllBytes(report));
            var row = json.RootElement.GetProperty("rows").EnumerateArray()
                .Single(r => r.TryGetProperty("line", out var l) && l.GetInt64() == line && r.TryGetProperty("error", out _));
            return Finding().Matches(row.GetProperty("error").GetString()!)
                .Select(m => (Code: m.Groups["code"].Value, Path: m.Groups["path"].Value, Severity: "Error"))
                .ToList();
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static List<(string Code, string Path, string Severity)> CatalogFindings(byte[] bytes)
    {
        var read = CatalogJsonReader.Read(bytes);
        var all = read.Findings.Select(f => (f.Code, f.Path, Severity: f.Severity.ToString())).ToList();
        if (read.Catalog is { } catalog)
        {
            all.AddRange(new CatalogValidator().Validate(catalog, AsOf).Findings.Select(f => (f.Code, f.Path, Severity: f.Severity.ToString())));
        }
        return all;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_command_line_answers_every_file_with_an_exit_code_never_a_crash(string file, string kind)
    {
        string path = System.IO.Path.Combine(Root(), "tests", "malformed", file);
        string[] args = kind switch
        {
            "transcript" => ["evaluate", path, "--as-of", "2025-11-23"],
            "catalog" => ["validate-catalog", path, "--as-of", "2025-11-23"],
            "policy" => ["policies", "--policy", path],
            _ => ["batch", path, "--as-of", "2025-11-23"],
        };
        var (exit, output, error) = Run(new LocalDate(2025, 11, 23), args);
        Assert.InRange(exit, 0, 2);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
        if (exit == 2)
        {
            Assert.NotEqual(string.Empty, error.Trim());
        }
    }

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var c in All.Value.DistinctBy(c => c.File))
        {
            data.Add(c.File, c.Kind);
        }
        return data;
    }
}
