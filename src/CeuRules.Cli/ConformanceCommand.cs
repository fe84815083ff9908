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
        var command = new Command("conformance", "Check the evaluation of every conformance case against its expected status, figures, routes and next step." + CliOptions.Example("ceurules conformance conformance/"))
            { directory, policies };
        command.SetAction(parse =>
        {
            var catalog = PolicyFiles.Load(parse, policies, context.Stderr, context.Inputs);
            return catalog is null ? CliApp.Unreadable : Run(new ConformanceOptions(parse.GetRequiredValue(directory)), catalog, context);
        });
        return command;
    }

    /// <summary>Runs the corpus of <paramref name="options"/> against <paramref name="catalog"/>.</summary>
    internal static int Run(ConformanceOptions options, PolicyCatalog catalog, CliContext context)
    {
        var (stdout, stderr) = (context.Stdout, context.Stderr);
        System.Collections.Immutable.ImmutableArray<ConformanceCase> cases;
        try
        {
            cases = ConformanceCase.ReadDirectory(options.Directory.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            stderr.WriteLine($"error: the conformance corpus '{PlainText.Escape(options.Directory.ToString())}' cannot be read: {PlainText.Escape(e.Message)}");
            return CliApp.Unreadable;
        }
        if (cases.IsEmpty)
        {
            stderr.WriteLine($"error: '{PlainText.Escape(options.Directory.ToString())}' has no conformance case (*.json).");
            return CliApp.Unreadable;
        }
        int failed = 0;
        foreach (var @case in cases)
        {
            var differences = @case.Run(catalog);
            stdout.WriteLine($"{(differences.IsEmpty ? "pass" : "FAIL")} {PlainText.Escape(@case.Id)} ({PlainText.Escape(@case.Rule)})");
            foreach (string difference in differences)
            {
                stdout.WriteLine($"  {PlainText.Escape(difference)}");
            }
            failed += differences.IsEmpty ? 0 : 1;
        }
        stdout.WriteLine($"{cases.Length - failed} of {cases.Length} cases conform.");
        return failed == 0 ? CliApp.Evaluated : Differs;
    }
}

/// <summary>The values of the <c>conformance</c> command's argument.</summary>
internal sealed record ConformanceOptions(DirectoryInfo Directory);
