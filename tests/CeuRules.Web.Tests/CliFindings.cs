using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace CeuRules.Web.Tests;

/// <summary>The coded findings the command line reports for a file, as (code, path) pairs, from its JSON or, when it refuses the file, from its error lines.</summary>
internal static partial class CliFindings
{
    private static readonly ConcurrentDictionary<string, Task<List<(string Code, string Path)>>> Runs = new(StringComparer.Ordinal);
    private static readonly SemaphoreSlim Slots = new(Math.Max(2, Environment.ProcessorCount));

    /// <summary>The findings of <c>ceurules evaluate FILE --format json</c>.</summary>
    internal static List<(string Code, string Path)> Evaluate(string file) => Run("evaluate", file).GetAwaiter().GetResult();

    /// <summary>The findings of <c>ceurules validate-catalog FILE --format json</c> (as of today, as the page's default).</summary>
    internal static List<(string Code, string Path)> Catalog(string file) => Run("validate-catalog", file).GetAwaiter().GetResult();

    /// <summary>
    /// Starts the command line on every file, a few at a time, while the tests render the pages: each test then
    /// takes its file's result, and the many short runs of the command line overlap instead of adding up.
    /// </summary>
    internal static void Prefetch(string command, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            _ = Run(command, file);
        }
    }

    private static Task<List<(string Code, string Path)>> Run(string command, string file) =>
        Runs.GetOrAdd(command + "\n" + file, _ => Task.Run(async () =>
        {
            await Slots.WaitAsync();
            try
            {
                return Of([command, file, "--format", "json"]);
            }
            finally
            {
                Slots.Release();
            }
        }));

    private static List<(string Code, string Path)> Of(string[] args)
    {
        var (exit, output, error) = Repository.Cli(args);
        if (exit == 2)
        {
            // Refused: one line per finding, "error: sentence [file:path · code]", or "[file · code]" for the whole document.
            string prefix = Path.GetFileName(args[1]) + ":";
            return error.Split('\n').Select(line => RefusedLine().Match(line.TrimEnd('\r'))).Where(m => m.Success)
                .Select(m => (m.Groups["code"].Value, m.Groups["where"].Value.StartsWith(prefix, StringComparison.Ordinal) ? m.Groups["where"].Value[prefix.Length..] : "$")).ToList();
        }
        if (exit is not (0 or 1))
        {
            throw new InvalidOperationException($"ceurules {string.Join(' ', args)} exited {exit}: {error}");
        }
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("code").GetString()!, f.GetProperty("path").GetString()!)).ToList();
    }

    /// <summary>
    /// The codes in the rows of <c>ceurules batch FILE --out report.json</c> (each row names its findings as "[code]"), or,
    /// when the command line refuses a file of which not one person could be read, the codes of its error lines (its
    /// warnings about the file as a whole are not rows).
    /// </summary>
    internal static SortedSet<string> BatchCodes(string file, string asOf)
    {
        string report = Path.Combine(Directory.CreateTempSubdirectory("ceurules-web-batch-").FullName, "report.json");
        try
        {
            var (exit, _, error) = Repository.Cli(["batch", file, "--as-of", asOf, "--out", report]);
            if (exit == 2)
            {
                // The page lists the file as one input not evaluated, with the errors that kept it from being read.
                return new(error.Split('\n').Where(line => line.StartsWith("error: ", StringComparison.Ordinal))
                    .Select(line => RefusedLine().Match(line.TrimEnd('\r'))).Where(m => m.Success).Select(m => m.Groups["code"].Value), StringComparer.Ordinal);
            }
            if (exit is not (0 or 1))
            {
                throw new InvalidOperationException($"ceurules batch {file} exited {exit}: {error}");
            }
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            return new(json.RootElement.GetProperty("rows").EnumerateArray()
                .SelectMany(row => row.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String).Select(p => p.Value.GetString()!))
                .SelectMany(text => Code().Matches(text).Select(m => m.Groups[1].Value)), StringComparer.Ordinal);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(report)!, recursive: true);
        }
    }

    /// <summary>The command line's batch report (JSON) of a file, parsed.</summary>
    internal static JsonElement BatchReport(string file, string asOf, params string[] more)
    {
        string report = Path.Combine(Directory.CreateTempSubdirectory("ceurules-web-batch-").FullName, "report.json");
        try
        {
            var (exit, _, error) = Repository.Cli(["batch", file, "--as-of", asOf, "--out", report, .. more]);
            if (exit is not (0 or 1))
            {
                throw new InvalidOperationException($"ceurules batch {file} exited {exit}: {error}");
            }
            using var json = JsonDocument.Parse(File.ReadAllText(report));
            return json.RootElement.Clone();
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(report)!, recursive: true);
        }
    }

    /// <summary>The bytes of the report <c>ceurules batch FILE --out NAME</c> writes (NAME's extension picks the format).</summary>
    internal static byte[] BatchFile(string file, string asOf, string name, params string[] more)
    {
        string report = Path.Combine(Directory.CreateTempSubdirectory("ceurules-web-batch-").FullName, name);
        try
        {
            var (exit, _, error) = Repository.Cli(["batch", file, "--as-of", asOf, "--out", report, .. more]);
            if (exit is not (0 or 1))
            {
                throw new InvalidOperationException($"ceurules batch {file} exited {exit}: {error}");
            }
            return File.ReadAllBytes(report);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(report)!, recursive: true);
        }
    }

    [GeneratedRegex(@"^[^\s:]+: .* \[(?<where>\S+) · (?<code>[a-z0-9-]+)\]$")]
    private static partial Regex RefusedLine();

    [GeneratedRegex(@"\[([a-z][a-z0-9-]*)(?::[^\]]*)?\]")]
    private static partial Regex Code();
}
