using System;
using System.Globalization;
using System.Linq;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>
/// The text report's lines that say something about the decision (the next step, the plan, the routes, the
/// credit that counts, notes) are whole sentences: each ends with a full stop, in both languages, however the
/// layout wraps it.
/// </summary>
public sealed class SentenceEndTest
{
    public static TheoryData<string, string> ExamplesInBothCultures() => ReportSamples.ExamplesInBothCultures();

    private static readonly string[] English = ["Next step: ", "Plan: ", "- By ", "Credit completed ", "Note: "];

    private static readonly string[] Spanish = ["Próximo paso: ", "Siguiente paso: ", "Plan: ", "- Con ", "- Por ", "Cuentan los créditos ", "Nota: "];

    [Theory]
    [MemberData(nameof(ExamplesInBothCultures))]
    public void Every_decision_line_ends_with_a_full_stop(string file, string culture)
    {
        string text = ReportSamples.Text(ReportSamples.Example(file), CultureInfo.GetCultureInfo(culture));
        var starts = culture.StartsWith("es", StringComparison.Ordinal) ? Spanish : English;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        int checkedLines = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!starts.Any(s => lines[i].StartsWith(s, StringComparison.Ordinal)))
            {
                continue;
            }
            // A wrapped sentence goes on in the lines that start with none of the report's own line openings.
            string sentence = lines[i];
            for (int j = i + 1; j < lines.Length && lines[j].Length > 0 && !IsOpening(lines[j]); j++)
            {
                sentence += " " + lines[j];
            }
            Assert.True(sentence.TrimEnd().EndsWith('.'), $"{file} ({culture}): the line does not end a sentence: {sentence}");
            checkedLines++;
        }
        Assert.True(checkedLines > 0, $"{file} ({culture}): no decision line was found, so the check checked nothing.");
    }

    [Fact]
    public void The_check_finds_a_line_without_a_full_stop()
    {
        Assert.False(IsOpening("approved by the AAMA"));
        Assert.True(IsOpening("- By CE: open."));
        Assert.True(IsOpening("Plan: 14 AAMA points"));
    }

    /// <summary>Whether a line starts something of its own (a labelled line, a list item, a table, a heading) rather than continuing a wrapped sentence.</summary>
    private static bool IsOpening(string line) =>
        line.StartsWith("- ", StringComparison.Ordinal) || line.StartsWith('+') || line.StartsWith('|') || line.StartsWith('─')
        || line.StartsWith("──", StringComparison.Ordinal) || English.Concat(Spanish).Any(s => line.StartsWith(s, StringComparison.Ordinal))
        || (line.IndexOf(':', StringComparison.Ordinal) is > 0 and < 30 && char.IsUpper(line[0]) && !line[..line.IndexOf(':', StringComparison.Ordinal)].Contains(' ', StringComparison.Ordinal));
}
