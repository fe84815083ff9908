using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>The shipped examples read, evaluated and written through the library's public API, as a C# caller would.</summary>
internal static class ReportSamples
{
    internal static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    internal static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-US");

    /// <summary>The date documents without one of their own are evaluated as of.</summary>
    internal static readonly LocalDate Today = new(2026, 11, 23);

    /// <summary>One document read and evaluated.</summary>
    internal sealed record Evaluated(LocalDate AsOf, Transcript Transcript, IReadOnlyList<CertificationEvaluation> Results, IReadOnlyList<Finding> Findings);

    /// <summary>The folder holding CeuRules.sln, found from the test's output folder.</summary>
    internal static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CeuRules.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("No CeuRules.sln above the test folder.");
    }

    /// <summary>Every example document in docs/examples, with the status of its first certification.</summary>
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.GetFiles(Path.Combine(Root(), "docs", "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path), Evaluate(path).Results[0].Status.ToId());
        }
        return data;
    }

    /// <summary>Every example in both cultures.</summary>
    public static TheoryData<string, string> ExamplesInBothCultures()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Examples())
        {
            data.Add((string)row[0], English.Name);
            data.Add((string)row[0], Spanish.Name);
        }
        return data;
    }

    internal static string Example(string file) => Path.Combine(Root(), "docs", "examples", file);

    internal static Evaluated Evaluate(string path)
    {
        var read = TranscriptJsonReader.ReadFile(path, PolicyCatalog.BuiltIn);
        var document = read.Document ?? throw new InvalidOperationException($"{path} could not be read: {string.Join("; ", read.Findings)}");
        var asOf = document.AsOf ?? Today;
        var evaluator = new CertificationEvaluator(PolicyCatalog.BuiltIn);
        var results = document.Certifications.Select(c => evaluator.Evaluate(c, document.Transcript, asOf)).ToList();
        return new(asOf, document.Transcript, results, read.Findings);
    }

    internal static ReportOptions Options(string path, Evaluated evaluated, CultureInfo? culture = null) => new()
    {
        Culture = culture ?? English,
        DocumentName = Path.GetFileName(path),
        Findings = evaluated.Findings,
    };

    internal static string Html(string path, CultureInfo? culture = null)
    {
        var evaluated = Evaluate(path);
        using var writer = new StringWriter();
        EvaluationReport.WriteHtml(writer, evaluated.AsOf, evaluated.Transcript, evaluated.Results, Options(path, evaluated, culture));
        return writer.ToString();
    }

    internal static string Text(string path, CultureInfo? culture = null)
    {
        var evaluated = Evaluate(path);
        using var writer = new StringWriter();
        EvaluationReport.WriteText(writer, evaluated.AsOf, evaluated.Transcript, evaluated.Results, Options(path, evaluated, culture));
        return writer.ToString();
    }
}
