using System;
using System.Collections.Generic;
using System.Linq;
using System.Resources;
using System.Text.RegularExpressions;
using CeuRules.Explanations;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>
/// The command line's error lines (<see cref="Explainer.FindingCommandLine"/>): one form for every line, the details
/// in brackets, and for every code the command line writes, with every word its arguments can be, a Spanish line
/// without an English word and an English line without a Spanish one.
/// </summary>
public sealed partial class CommandLineWordsTest
{
    private static readonly ResourceManager Manager = new("CeuRules.Explanations.FindingWords", typeof(Finding).Assembly);

    /// <summary>Every code the command line writes of its own (the readers' findings it passes on are checked by <see cref="FindingWordsTest"/>).</summary>
    public static TheoryData<string> CommandLineCodes() =>
    [
        "invalid-command-line", "unknown-culture", "not-a-date", "out-of-range", "cannot-read", "cannot-write", "output-is-input", "same-output",
        "unsupported-format", "catalog-not-for-format", "invalid-column-mapping", "missing-certifications-file", "duplicate-credential", "no-policy-files",
        "conflicting-policies", "unknown-credential", "unknown-rule", "interrupted", "batch-interrupted", "batch-failed", "more-malformed-lines",
        "invalid-conformance-case", "no-conformance-case", "unexpected-error",
    ];

    [Fact]
    public void A_line_is_the_severity_the_sentence_and_the_details_in_brackets()
    {
        var finding = new Finding(FindingCodes.NotADate, FindingSeverity.Error, "--as-of", ("value", "2025-13-01"));
        Assert.Equal("error: '2025-13-01' is not a date (expected YYYY-MM-DD, years 0001 to 9999) in the option --as-of. [--as-of · not-a-date]",
            Explainer.English.FindingCommandLine(finding));
        Assert.Equal("error: “2025-13-01” no es una fecha (se espera AAAA-MM-DD, con años del 0001 al 9999) en la opción --as-of. [--as-of · not-a-date]",
            Explainer.Spanish.FindingCommandLine(finding));
    }

    [Fact]
    public void The_details_join_the_source_to_the_path_and_leave_out_the_whole_document()
    {
        var inFile = new Finding(FindingCodes.NotADate, FindingSeverity.Warning, "activities[1].completedOn", ("value", "x"));
        Assert.EndsWith("[a.json:activities[1].completedOn · not-a-date]", Explainer.English.FindingCommandLine(inFile, "a.json"), StringComparison.Ordinal);
        Assert.StartsWith("warning: ", Explainer.English.FindingCommandLine(inFile), StringComparison.Ordinal);
        Assert.StartsWith("advertencia: ", Explainer.Spanish.FindingCommandLine(inFile), StringComparison.Ordinal);
        var whole = new Finding(FindingCodes.Interrupted, FindingSeverity.Error, "$", ("what", "recommendation"));
        Assert.Equal("error: Interrupted: the recommendation was stopped; nothing was written. [interrupted]", Explainer.English.FindingCommandLine(whole));
        Assert.EndsWith("[line 5 · interrupted]", Explainer.English.FindingCommandLine(whole, "line 5"), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Explainer.English.FindingCommandLine(null!));
    }

    [Theory]
    [MemberData(nameof(CommandLineCodes))]
    public void Every_line_of_the_command_line_is_in_one_language(string id)
    {
        Assert.True(FindingCodes.TryGet(id, out var code));
        foreach (var finding in Samples(code))
        {
            string english = Explainer.English.FindingCommandLine(finding, "x.json");
            string spanish = Explainer.Spanish.FindingCommandLine(finding, "x.json");
            Assert.NotEqual(Sentence(english), Sentence(spanish));
            Assert.Equal(Details(english), Details(spanish));
            var foreign = OneLanguageTest.Foreign(Plain(spanish), OneLanguageTest.English);
            Assert.True(foreign.Count == 0, $"English in the Spanish line: [{string.Join(", ", foreign)}] {spanish}");
            foreign = OneLanguageTest.Foreign(Plain(english), OneLanguageTest.Spanish);
            Assert.True(foreign.Count == 0, $"Spanish in the English line: [{string.Join(", ", foreign)}] {english}");
        }
    }

    /// <summary>A finding of the code for every word each of its arguments can be (one at a time), with plain values for the rest.</summary>
    private static IEnumerable<Finding> Samples(FindingCode code)
    {
        var words = code.Arguments.Where(a => a.Kind == FindingArgumentKind.Word)
            .Select(a => (a.Name, Values: WordValues(a.WordPrefix!))).ToList();
        int variants = Math.Max(1, words.Count == 0 ? 1 : words.Max(w => w.Values.Count));
        for (int i = 0; i < variants; i++)
        {
            var arguments = code.Arguments.Select(a => (a.Name, a.Kind == FindingArgumentKind.Word
                ? words.First(w => w.Name == a.Name).Values[Math.Min(i, words.First(w => w.Name == a.Name).Values.Count - 1)]
                : a.Name switch { "option" or "other" => "--out", "file" or "input" or "second" or "directory" => "/tmp/x.json", "error" => "IOException", _ => "27" })).ToArray();
            yield return new Finding(code, FindingSeverity.Error, "--as-of", arguments);
        }
    }

    private static List<string> WordValues(string prefix)
    {
        var set = Manager.GetResourceSet(System.Globalization.CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!;
        var values = new List<string>();
        foreach (System.Collections.DictionaryEntry entry in set)
        {
            string key = (string)entry.Key;
            if (key.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                values.Add(key[(prefix.Length + 1)..]);
            }
        }
        Assert.NotEmpty(values);
        values.Sort(StringComparer.Ordinal);
        return values;
    }

    private static string Sentence(string line) => line[..line.LastIndexOf(" [", StringComparison.Ordinal)];

    private static string Details(string line) => line[line.LastIndexOf(" [", StringComparison.Ordinal)..];

    /// <summary>The line's words: without its details, the values quoted in it (“…”, «…», '…') and the options (--out), which are no language's words.</summary>
    private static string Plain(string line) => NotWords().Replace(Sentence(line), " ");

    [GeneratedRegex("«[^»]*»|“[^”]*”|'[^']*'|--[a-z-]+|\\S+\\.(json|csv|xlsx)\\b")]
    private static partial Regex NotWords();
}
