using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using CeuRules.Catalogs;
using CeuRules.Explanations;
using CeuRules.Json;
using CeuRules.Policies;
using NodaTime;
using Spectre.Console;

namespace CeuRules.Cli;

/// <summary>
/// The <c>validate-catalog</c> command: read a vendor's course catalog, check it against every
/// credential's rules and report what each offer would earn. Exit 0 valid, 1 with error findings,
/// 2 when the file cannot be read as a catalog at all.
/// </summary>
internal static class ValidateCatalogCommand
{
    private const int Invalid = 1;

    /// <summary>The command, its options and its action.</summary>
    internal static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = $"The course catalog (JSON, see {DocLinks.To("vendors.md")}); - reads standard input." };
        var asOf = CliOptions.AsOf("Check against the policy versions in force on this date (YYYY-MM-DD). Default: today.");
        var format = CliOptions.Format("Output format: text (a table per course) or json.", "text", "json");
        var policies = PolicyFiles.Option();
        var culture = ReportCulture.Option("The language of the text output: en-US (the default) or es-US (en and es mean those), or another region of English or Spanish. The JSON output does not depend on it.");
        var command = new Command("validate-catalog", "Check a course catalog's credit claims against every credential's rules and show what each course earns." + CliOptions.Example("ceurules validate-catalog catalog.json --as-of 2025-11-23 --format json"))
            { file, asOf, format, policies, culture };
        command.SetAction(parse =>
        {
            // The culture first: every later line speaks it.
            if (!ReportCulture.TryParse(parse.GetValue(culture), context.Errors(), out var textCulture)
                || !CliOptions.TryParseAsOf(parse.GetValue(asOf), context.Errors(textCulture), out var asOfDate))
            {
                return CliApp.Unreadable;
            }
            var catalog = PolicyFiles.Load(parse, policies, context.Errors(textCulture), context.Inputs);
            return catalog is null
                ? CliApp.Unreadable
                : Run(new ValidateCatalogOptions(parse.GetRequiredValue(file), asOfDate ?? context.Today(), parse.GetValue(format) == "json", textCulture), catalog, context);
        });
        return command;
    }

    /// <summary>Checks the catalog as <paramref name="options"/> say against <paramref name="policies"/>.</summary>
    internal static int Run(ValidateCatalogOptions options, PolicyCatalog policies, CliContext context)
    {
        var (file, asOf, json, culture) = options;
        var (stdout, interactive, inputs) = (context.Stdout, context.Interactive, context.Inputs);
        var errors = context.Errors(culture);
        if (inputs.Read(file, "catalog", CatalogJsonReader.MaxDocumentBytes, errors) is not { } bytes)
        {
            return CliApp.Unreadable;
        }
        var read = CatalogJsonReader.Read(bytes);
        var findings = read.Findings.ToList();
        if (read.IsRefused)
        {
            // Each finding names the catalog's file in its details: the catalog was refused.
            foreach (var finding in findings)
            {
                errors.Write(finding, InputFiles.Source(file));
            }
            return CliApp.Unreadable;
        }
        var validation = read.Catalog is { } catalog ? new CatalogValidator(policies).Validate(catalog, asOf) : null;
        if (validation is not null)
        {
            findings.AddRange(validation.Findings);
        }
        bool valid = Finding.AreValid(findings);
        if (json)
        {
            stdout.Write(CatalogValidationJsonWriter.Write(asOf, findings, validation));
            stdout.WriteLine();
        }
        else
        {
            // The text speaks the culture asked for, English by default; the JSON above never depends on it.
            Text(ReportCulture.Words(culture), policies, InputFiles.Name(file), valid, asOf, read.Catalog, findings, validation, stdout, interactive);
        }
        return valid ? CliApp.Evaluated : Invalid;
    }

    private static void Text(Explainer words, PolicyCatalog policies, string fileName, bool valid, LocalDate asOf, CourseCatalog? catalog, List<Finding> findings, CatalogValidation? validation,
        TextWriter writer, bool interactive)
    {
        var (console, border) = Terminal.For(writer, interactive);
        int errors = findings.Count(f => f.Severity == FindingSeverity.Error);
        int warnings = findings.Count(f => f.Severity == FindingSeverity.Warning);
        console.MarkupLine($"[bold]{Terminal.Text(words.CatalogHeading(fileName, catalog?.Vendor, catalog?.Courses.Length ?? 0, asOf))}[/]");
        console.MarkupLine($"{(valid ? "[green]" : "[red]")}{Terminal.Text(words.CatalogResult(valid, errors, warnings))}[/]");

        // Grouped by course: the findings under courses[i], then what each offer earns.
        var groups = findings.GroupBy(f => CoursePrefix(f.Path)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (groups.TryGetValue(string.Empty, out var general))
        {
            WriteFindings(words, policies, console, border, words.CatalogColumn("catalog"), general);
        }
        var courses = catalog?.Courses ?? [];
        // Each course's yields, found once by their path's prefix: looking them up per course would be quadratic.
        var yieldsByCourse = (validation?.Yields ?? []).GroupBy(y => CoursePrefix(y.Path)).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var shown = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < courses.Length; c++)
        {
            string prefix = $"courses[{c}]";
            var course = courses[c];
            console.WriteLine();
            console.Write(new Rule($"[bold]{Terminal.Text(course.Id)}[/] {Terminal.Text(course.Title)} ({Terminal.Text(prefix)})") { Justification = Justify.Left });
            if (groups.TryGetValue(prefix, out var own))
            {
                WriteFindings(words, policies, console, border, null, own);
            }
            shown.Add(prefix);
            var yields = yieldsByCourse.TryGetValue(prefix, out var courseYields) ? courseYields : [];
            if (yields.Count > 0)
            {
                var table = new Table().Border(border).AddColumns(Terminal.Text(words.CatalogColumn("credential")), Terminal.Text(words.CatalogColumn("earns")), Terminal.Text(words.CatalogColumn("notCounted")));
                foreach (var yield in yields)
                {
                    table.AddRow(Terminal.Text(yield.Credential.ToString()), Terminal.Text(words.Yield(yield)),
                        Terminal.Text(string.Join(" ", yield.NotCounted.Select(n => $"{words.NotCounted(n)} ({n.RuleId})"))));
                }
                console.Write(table);
            }
        }
        foreach (var (prefix, rest) in groups.Where(g => g.Key.Length > 0 && !shown.Contains(g.Key)))
        {
            WriteFindings(words, policies, console, border, prefix, rest);
        }
    }

    private static void WriteFindings(Explainer words, PolicyCatalog policies, IAnsiConsole console, TableBorder border, string? title, List<Finding> findings)
    {
        if (title is not null)
        {
            console.MarkupLine($"[bold]{Terminal.Text(title)}[/]");
        }
        var table = new Table().Border(border).AddColumns(Terminal.Text(words.CatalogColumn("severity")), Terminal.Text(words.CatalogColumn("code")), Terminal.Text(words.CatalogColumn("where")), Terminal.Text(words.CatalogColumn("what")));
        foreach (var finding in findings)
        {
            string name = Terminal.Text(words.SeverityName(finding.Severity));
            string severity = finding.Severity switch
            {
                FindingSeverity.Error => $"[red]{name}[/]",
                FindingSeverity.Warning => $"[yellow]{name}[/]",
                _ => name,
            };
            table.AddRow(severity, Terminal.Text(finding.Code), Terminal.Text(finding.Path), Terminal.Text(words.Finding(finding, policies.Policies)));
        }
        console.Write(table);
    }

    /// <summary>"courses[3]" for any path under the fourth course; empty for the catalog itself.</summary>
    private static string CoursePrefix(string path)
    {
        if (!path.StartsWith("courses[", StringComparison.Ordinal))
        {
            return string.Empty;
        }
        int end = path.IndexOf(']', StringComparison.Ordinal);
        return end < 0 ? string.Empty : path[..(end + 1)];
    }
}

/// <summary>The values of the <c>validate-catalog</c> command's argument and options.</summary>
internal sealed record ValidateCatalogOptions(FileInfo File, LocalDate AsOf, bool Json, System.Globalization.CultureInfo? Culture = null);
