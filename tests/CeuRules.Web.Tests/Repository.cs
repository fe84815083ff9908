using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace CeuRules.Web.Tests;

/// <summary>The repository's files the tests use (the shipped examples) and the command line they compare with.</summary>
internal static class Repository
{
    internal static string Root { get; } = FindRoot();

    internal static string Examples => Path.Combine(Root, "docs", "examples");

    /// <summary>Every shipped transcript example (docs/examples/*.json).</summary>
    internal static IEnumerable<string> TranscriptExamples() =>
        Directory.GetFiles(Examples, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>Every shipped catalog example (docs/examples/catalogs/*.json).</summary>
    internal static IEnumerable<string> CatalogExamples() =>
        Directory.GetFiles(Path.Combine(Examples, "catalogs"), "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    /// <summary>The as-of date the HR guide evaluates the example workbook with.</summary>
    internal const string WorkforceAsOf = "2025-11-23";

    /// <summary>Runs the <c>ceurules</c> command line (this build's assembly) and returns its exit code and standard output.</summary>
    internal static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CeuRules.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The command line's JSON (exit 0 or 1: evaluated, possibly with findings).</summary>
    internal static JsonElement CliJson(params string[] args)
    {
        var (exit, output, error) = Cli(args);
        Assert.True(exit is 0 or 1, $"ceurules {string.Join(' ', args)} exited {exit}: {error}");
        using var document = JsonDocument.Parse(output);
        return document.RootElement.Clone();
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CeuRules.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("CeuRules.sln not found above the test assembly.");
    }
}
