using System;
using System.CommandLine;
using System.IO;
using CeuRules.Json;
using CeuRules.Policies;

namespace CeuRules.Cli;

/// <summary>
/// The <c>conformance</c> command: evaluate every case of a conformance corpus (docs/conformance.md) with the
/// command line's policies and compare each result with the case's expected part. Exit 0 when every case
/// conforms, 1 when any differs, 2 when the folder or a case cannot be read.
/// </summary>
internal static class ConformanceCommand
{
    private const int Differs = 1;

    /// <summary>The command, its argument and its options.</summary>
    internal static Command Create(CliContext context)
    {
        var directory = new Argument<DirectoryInfo>("DIR") { Description = $"The corpus: a folder of conformance cases (see {DocLinks.To("conformance.md")}), for example the repository's conformance/." };
        var policies = PolicyFiles.Option();
        var culture = ReportCulture.Option("The language of the results and of the error lines: en-US (the default) or es-US (en and es mean those), or another region of English or Spanish.");
        var command = new Command("conformance", "Check the evaluation of every conformance case against its expected status, figures, routes and next step." + CliOptions.Example("ceurules conformance conformance/"))
            { directory, policies, culture };
        command.SetAction(parse =>
        {
            // The culture first: every later line speaks it.
            if (!ReportCulture.TryParse(parse.GetValue(culture), context.Errors(), out var words))
            {
                return CliApp.Unreadable;
            }
            var catalog = PolicyFiles.Load(parse, policies, context.Errors(words), context.Inputs);
            return catalog is null ? CliApp.Unreadable : Run(new ConformanceOptions(parse.GetRequiredValue(directory), words), catalog, context);
        });
        return command;
    }

    /// <summary>Runs the corpus of <paramref name="options"/> against <paramref name="catalog"/>.</summary>
    internal static int Run(ConformanceOptions options, PolicyCatalog catalog, CliContext context)
    {
        var stdout = context.Stdout;
        var errors = context.Errors(options.Culture);
        var words = ReportCulture.Words(options.Culture);
        if (Read(options.Directory, errors) is not { } cases)
        {
            return CliApp.Unreadable;
        }
        if (cases.IsEmpty)
        {
            errors.Error(FindingCodes.NoConformanceCase, options.Directory.ToString(), ("directory", options.Directory.ToString()));
            return CliApp.Unreadable;
        }
        int failed = 0;
        foreach (var @case in cases)
        {
            var differences = @case.Run(catalog);
            stdout.WriteLine($"{words.ConformanceOutcome(differences.IsEmpty)} {PlainText.Escape(@case.Id)} ({PlainText.Escape(@case.Rule)})");
            foreach (var difference in differences)
            {
                string line = difference.Finding is { } finding
                    ? words.FindingLine(finding, catalog.Policies)
                    : words.ConformanceDifference(difference.Path, difference.Expected, difference.Actual);
                stdout.WriteLine($"  {PlainText.Escape(line)}");
            }
            failed += differences.IsEmpty ? 0 : 1;
        }
        stdout.WriteLine(words.ConformanceSummary(cases.Length - failed, cases.Length));
        return failed == 0 ? CliApp.Evaluated : Differs;
    }

    /// <summary>
    /// The cases of the corpus as the library reads them (<see cref="ConformanceCase.ReadDirectory"/>: every <c>*.json</c>
    /// directly in the folder, in ordinal order of name), or null after one coded line naming the file that cannot be
    /// read or used and why.
    /// </summary>
    private static System.Collections.Immutable.ImmutableArray<ConformanceCase>? Read(DirectoryInfo directory, ErrorLines errors)
    {
        string[] files;
        try
        {
            files = ConformanceCase.Files(directory.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            errors.Error(FindingCodes.CannotRead, directory.ToString(), ("what", "conformance corpus"), ("file", directory.ToString()), ("reason", FindingCodes.ReadProblem(e)));
            return null;
        }
        var cases = ConformanceCase.ReadFiles(files, out var refused);
        if (refused is not { } why)
        {
            return cases;
        }
        if (why.Reason == "unreadable")
        {
            errors.Error(FindingCodes.CannotRead, why.File, ("what", "conformance case"), ("file", why.File), ("reason", FindingCodes.ReadProblem(why.Error!)));
        }
        else
        {
            errors.Error(FindingCodes.InvalidConformanceCase, why.File, ("file", why.File), ("reason", why.Reason));
        }
        return null;
    }
}

/// <summary>The values of the <c>conformance</c> command's argument.</summary>
internal sealed record ConformanceOptions(DirectoryInfo Directory, System.Globalization.CultureInfo? Culture = null);
