using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using CeuRules.Explanations;
using NodaTime;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>
/// What the command line writes on stderr about a problem is one line per finding of a declared code, worded by the
/// explanation layer in the command's language (<c>--culture</c> where the command has it, English otherwise): each
/// condition prints its code, a Spanish line is the layer's Spanish, and no sentence is composed in the command line.
/// </summary>
public sealed partial class ErrorLinesTest : IDisposable
{
    private readonly string scratch = Directory.CreateTempSubdirectory("ceurules-errors-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliTestPaths.Run(new LocalDate(2026, 11, 23), args);

    private static string Example(string file) => Path.Combine(CliTestPaths.Root(), "docs", "examples", file);

    private static (int Exit, string Err) Interrupted(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int exit = CliApp.Run(args, stdout, stderr, cancellationToken: new CancellationToken(canceled: true));
        return (exit, stderr.ToString());
    }

    private static string Line(Explainer words, FindingCode code, string path, params (string, string)[] arguments) =>
        words.FindingCommandLine(new Finding(code, FindingSeverity.Error, path, arguments)) + Environment.NewLine;

    // ---- The source: stderr is written only by the words layer's lines. ----

    /// <summary>A write to stderr (by the writer's name) whose text is a string literal with a space, or an interpolated string.</summary>
    [GeneratedRegex(@"\b(?<receiver>[sS]tderr|Error|Writer|errors\.Writer)\s*\.\s*Write(Line)?\s*\((?<argument>[^\n]*)\);")]
    private static partial Regex StderrWrite();

    [GeneratedRegex(@"\$@?""|""[^""\n]* [^""\n]*""")]
    private static partial Regex SentenceLiteral();

    /// <summary>The places in <paramref name="source"/> that write a sentence of their own to stderr.</summary>
    internal static List<string> SentencesWrittenToStderr(string source) =>
        StderrWrite().Matches(source).Where(m => SentenceLiteral().IsMatch(m.Groups["argument"].Value)).Select(m => m.Value).ToList();

    [Fact]
    public void The_scan_finds_a_sentence_written_to_stderr()
    {
        Assert.NotEmpty(SentencesWrittenToStderr("""stderr.WriteLine($"error: --as-of '{text}' is not a date.");"""));
        Assert.NotEmpty(SentencesWrittenToStderr("""context.Stderr.WriteLine("Run 'ceurules --help' for usage.");"""));
        Assert.NotEmpty(SentencesWrittenToStderr("""Writer.WriteLine("interrupted: the batch was stopped");"""));
        Assert.NotEmpty(SentencesWrittenToStderr("""stderr.WriteLine($"error: '{a}' and '{b}' are the same file; each needs its own.");"""));
        Assert.Empty(SentencesWrittenToStderr("""Writer.WriteLine(words.FindingCommandLine(finding, source));"""));
        Assert.Empty(SentencesWrittenToStderr("""stdout.WriteLine($"{cases.Count - failed} of {cases.Count} cases conform.");"""));
    }

    [Fact]
    public void No_line_of_the_command_line_writes_a_sentence_of_its_own_to_stderr()
    {
        var folder = Path.Combine(CliTestPaths.Root(), "src", "CeuRules.Cli");
        var found = Directory.GetFiles(folder, "*.cs").SelectMany(f => SentencesWrittenToStderr(File.ReadAllText(f)).Select(s => $"{Path.GetFileName(f)}: {s}")).ToList();
        Assert.True(found.Count == 0, "Sentences composed on stderr outside the words layer:\n" + string.Join("\n", found));
        // And the one writer of stderr lines writes the layer's line.
        Assert.Contains("Writer.WriteLine(words.FindingCommandLine(", File.ReadAllText(Path.Combine(folder, "ErrorLines.cs")), StringComparison.Ordinal);
    }

    // ---- Each condition: its code, and the layer's words in the command's language. ----

    [Theory]
    [InlineData("evaluate")]
    [InlineData("validate-catalog")]
    public void A_bad_as_of_is_worded_in_the_culture_asked_for(string command)
    {
        string file = command == "evaluate" ? Example("cma-met.json") : Example("catalogs/example-academy.json");
        var english = Run(command, file, "--as-of", "2025-02-30");
        var spanish = Run(command, file, "--as-of", "2025-02-30", "--culture", "es");
        Assert.Equal((2, 2), (english.Exit, spanish.Exit));
        Assert.Equal(Line(Explainer.English, FindingCodes.NotADate, "--as-of", ("value", "2025-02-30")), english.Err);
        Assert.Equal(Line(Explainer.Spanish, FindingCodes.NotADate, "--as-of", ("value", "2025-02-30")), spanish.Err);
        Assert.NotEqual(english.Err, spanish.Err);
        Assert.Contains("la opción --as-of", spanish.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--within-days", "-1", "0", "36500")]
    [InlineData("--parallelism", "0", "1", "1024")]
    [InlineData("--parallelism", "1025", "1", "1024")]
    public void An_option_out_of_range_names_the_value_and_the_range(string option, string value, string min, string max)
    {
        var (exit, _, error) = Run("batch", Example("workforce.jsonl"), option, value);
        Assert.Equal(2, exit);
        Assert.Equal(Line(Explainer.English, FindingCodes.OutOfRange, option, ("value", value), ("min", min), ("max", max)), error);
    }

    [Fact]
    public void An_unknown_culture_is_worded_in_english_with_its_code()
    {
        var (exit, _, error) = Run("evaluate", Example("cma-met.json"), "--culture", "fr-FR");
        Assert.Equal(2, exit);
        Assert.Equal(Line(Explainer.English, FindingCodes.UnknownCulture, "--culture", ("value", "fr-FR")), error);
    }

    [Fact]
    public void A_file_that_cannot_be_read_says_why_by_code_in_the_culture_asked_for()
    {
        string missing = Path.Combine(scratch, "missing.json");
        var spanish = Run("evaluate", missing, "--culture", "es-US");
        Assert.Equal(2, spanish.Exit);
        Assert.Equal(Line(Explainer.Spanish, FindingCodes.CannotRead, missing, ("what", "document"), ("file", missing), ("reason", "not-found")), spanish.Err);
        Assert.Contains("no existe", spanish.Err, StringComparison.Ordinal);
        var english = Run("validate-catalog", missing);
        Assert.Equal(Line(Explainer.English, FindingCodes.CannotRead, missing, ("what", "catalog"), ("file", missing), ("reason", "not-found")), english.Err);
        // No exception's message is the sentence.
        Assert.DoesNotContain("Could not find", english.Err + spanish.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_cannot_be_read_lists_its_findings_in_the_culture_asked_for()
    {
        string bad = Path.Combine(scratch, "bad.json");
        File.WriteAllText(bad, """{ "certifications": [ { "credential": "aama-cma", "certifiedOn": "2023-02-30" } ] }""");
        var spanish = Run("evaluate", bad, "--culture", "es");
        Assert.Equal(2, spanish.Exit);
        var finding = new Finding(FindingCodes.NotADate, FindingSeverity.Error, "certifications[0].certifiedOn", ("value", "2023-02-30"));
        Assert.Contains(Explainer.Spanish.FindingCommandLine(finding, "bad.json"), spanish.Err, StringComparison.Ordinal);
        Assert.Contains("[bad.json:certifications[0].certifiedOn · not-a-date]", spanish.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_that_cannot_be_written_says_why_by_code()
    {
        string report = Path.Combine(scratch, "no-such-folder", "report.csv");
        var (exit, _, error) = Run("batch", Example("workforce.jsonl"), "--out", report);
        Assert.Equal(2, exit);
        Assert.Equal(Line(Explainer.English, FindingCodes.CannotWrite, report, ("what", "report"), ("file", report), ("reason", "not-found")), error);
        string output = Path.Combine(scratch, "no-such-folder", "out.json");
        var recommend = Run("recommend", Example("cma-ccma-recommend.json"), "--catalog", Example("catalogs/course-market.json"), "--out", output);
        Assert.Contains(Line(Explainer.English, FindingCodes.CannotWrite, output, ("what", "output"), ("file", output), ("reason", "not-found")), recommend.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Outputs_that_are_inputs_or_each_other_are_refused_by_code()
    {
        string input = Path.Combine(scratch, "w.jsonl");
        File.Copy(Example("workforce.jsonl"), input);
        var overInput = Run("batch", input, "--out", input);
        Assert.Equal(2, overInput.Exit);
        Assert.Equal(Line(Explainer.English, FindingCodes.OutputIsInput, "--out", ("option", "--out"), ("file", input), ("what", "input"), ("input", input)), overInput.Err);
        string both = Path.Combine(scratch, "both.csv");
        var same = Run("batch", input, "--out", both, "--calendar", both);
        Assert.Equal(2, same.Exit);
        Assert.Equal(Line(Explainer.English, FindingCodes.SameOutput, "--out", ("option", "--out"), ("file", both), ("other", "--calendar"), ("second", both)), same.Err);
    }

    [Fact]
    public void The_catalog_with_a_format_without_courses_is_refused_in_the_culture_asked_for()
    {
        var (exit, _, error) = Run("evaluate", Example("cma-met.json"), "--catalog", Example("catalogs/course-market.json"), "--format", "json", "--culture", "es");
        Assert.Equal(2, exit);
        Assert.Equal(Line(Explainer.Spanish, FindingCodes.CatalogNotForFormat, "--catalog", ("format", "json")), error);
    }

    [Fact]
    public void A_spreadsheet_without_its_files_or_with_a_bad_column_is_refused_in_the_culture_asked_for()
    {
        string activities = Example("hr-activities.csv");
        var mapping = Run("evaluate", activities, "--column", "no-equals-sign", "--culture", "es");
        Assert.Equal(2, mapping.Exit);
        Assert.Equal(Line(Explainer.Spanish, FindingCodes.InvalidColumnMapping, "--column", ("value", "no-equals-sign")), mapping.Err);
        var alone = Run("evaluate", activities, "--culture", "es");
        Assert.Equal(2, alone.Exit);
        Assert.StartsWith("error: «" + activities + "» es un archivo CSV de actividades", alone.Err, StringComparison.Ordinal);
        Assert.EndsWith("[" + activities + " · missing-certifications-file]" + Environment.NewLine, alone.Err, StringComparison.Ordinal);
    }

    /// <summary>
    /// A workforce spreadsheet that cannot be read at all is refused before anything is written: exit 2, one error line,
    /// no summary, and the report and calendar a user already has are left as they were (not replaced by empty ones).
    /// </summary>
    [Theory]
    [InlineData("mapping")]
    [InlineData("no-certifications")]
    [InlineData("unreadable")]
    public void Batch_refuses_a_spreadsheet_it_cannot_read_before_writing_anything(string fault)
    {
        var folder = Directory.CreateTempSubdirectory("ceurules-batch-refused-");
        try
        {
            string report = Path.Combine(folder.FullName, "report.xlsx");
            string calendar = Path.Combine(folder.FullName, "due.ics");
            File.WriteAllText(report, "the user's report");
            File.WriteAllText(calendar, "the user's calendar");
            string[] input = fault switch
            {
                "mapping" => [Example("hr-workforce.xlsx"), "--column", "=personId"],
                "no-certifications" => [Example("hr-activities.csv")],
                _ => [WriteUnreadable(folder.FullName)],
            };
            var (exit, output, error) = Run(["batch", .. input, "--out", report, "--calendar", calendar]);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: ", error, StringComparison.Ordinal);
            Assert.Equal("the user's report", File.ReadAllText(report));
            Assert.Equal("the user's calendar", File.ReadAllText(calendar));
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        static string WriteUnreadable(string folder)
        {
            string path = Path.Combine(folder, "workforce.xlsx");
            File.WriteAllText(path, "not a workbook");
            return path;
        }
    }

    [Fact]
    public void Policies_name_an_unknown_credential_or_rule_and_a_credential_stated_twice_by_code()
    {
        var credential = Run("policies", "cma");
        Assert.Equal(2, credential.Exit);
        Assert.Contains("[unknown-credential]", credential.Err, StringComparison.Ordinal);
        var rule = Run("policies", "--history", "no-such/rule");
        Assert.Equal(Line(Explainer.English, FindingCodes.UnknownRule, "--history", ("value", "no-such/rule")), rule.Err);
        string policy = Example("policies/employer-annual.json");
        var twice = Run("policies", "--policy", policy, "--policy", policy);
        Assert.Equal(2, twice.Exit);
        Assert.Contains("[employer-annual.json:credential.id · duplicate-credential]", twice.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_policy_folder_is_a_warning_in_the_culture_asked_for()
    {
        var (exit, _, error) = Run("evaluate", Example("cma-met.json"), "--policies", scratch, "--culture", "es");
        Assert.Equal(0, exit);
        Assert.Equal(Explainer.Spanish.FindingCommandLine(new Finding(FindingCodes.NoPolicyFiles, FindingSeverity.Warning, scratch)) + Environment.NewLine, error);
        Assert.StartsWith("advertencia: La carpeta de políticas no tiene", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interrupted_run_says_so_by_code_in_the_culture_asked_for()
    {
        var batch = Interrupted("batch", Example("workforce.jsonl"), "--as-of", "2025-11-23");
        Assert.Equal(130, batch.Exit);
        Assert.Contains("[batch-interrupted]", batch.Err, StringComparison.Ordinal);
        Assert.Contains("no report was asked for", batch.Err, StringComparison.Ordinal);
        var sheet = Interrupted("evaluate", Example("hr-workforce.xlsx"), "--culture", "es");
        Assert.Equal(130, sheet.Exit);
        Assert.Equal(Line(Explainer.Spanish, FindingCodes.Interrupted, "$", ("what", "reading")), sheet.Err);
    }

    [Fact]
    public void More_malformed_lines_than_are_listed_are_counted_by_code()
    {
        string input = Path.Combine(scratch, "bad.jsonl");
        File.WriteAllLines(input, Enumerable.Repeat("not json", 25));
        var (exit, _, error) = Run("batch", input, "--as-of", "2025-11-23");
        Assert.Equal(1, exit);
        var lines = error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(21, lines.Length);
        Assert.All(lines.Take(20), l => Assert.EndsWith("invalid-json]", l, StringComparison.Ordinal));
        Assert.Equal("information: Malformed lines not shown here: 5; write them all with --out report.csv. [more-malformed-lines]", lines[^1]);
    }

    [Fact]
    public void A_conformance_corpus_that_cannot_be_used_is_named_by_code()
    {
        var empty = Run("conformance", scratch);
        Assert.Equal(2, empty.Exit);
        Assert.Equal(Line(Explainer.English, FindingCodes.NoConformanceCase, scratch, ("directory", scratch)), empty.Err);
        File.WriteAllText(Path.Combine(scratch, "bad.json"), "{ \"id\": 1 }");
        var bad = Run("conformance", scratch);
        Assert.Equal(2, bad.Exit);
        Assert.Equal(Line(Explainer.English, FindingCodes.InvalidConformanceCase, "bad.json", ("file", "bad.json"), ("reason", "not-a-case")), bad.Err);
        var missing = Run("conformance", Path.Combine(scratch, "none"));
        Assert.Contains("cannot-read]", missing.Err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of")]
    [InlineData("--culture")]
    [InlineData("--column")]
    public void A_value_from_the_user_reaches_the_line_escaped(string option)
    {
        string hostile = "\u001B]0;title\u0007\u202E";
        var (exit, _, error) = Run("evaluate", Example("hr-activities.csv"), option, hostile);
        Assert.Equal(2, exit);
        Assert.Contains("\\u001B]0;title\\u0007\\u202E", error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', error);
        Assert.DoesNotContain('\u202E', error);
        Assert.Contains($"[{option} · ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_line_not_understood_is_one_coded_line_per_problem()
    {
        var (exit, _, error) = Run("frobnicate");
        Assert.Equal(2, exit);
        Assert.All(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), l => Assert.EndsWith("[invalid-command-line]", l, StringComparison.Ordinal));
        Assert.Contains("“ceurules --help”", error, StringComparison.Ordinal);
    }
}
