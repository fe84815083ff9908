using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace CeuRules.Reports.Tests;

/// <summary>
/// No control character (C0, DEL, C1) and no bidirectional override from a document reaches the reader of a
/// text report, in its summary or its details part: each is written as a visible escape, and none is
/// handed to a layout (a terminal's layout writes what it is handed).
/// </summary>
public sealed class ControlCharacterTest
{
    private static readonly char[] Unsafe = Enumerable.Range(0, 0x10000).Select(i => (char)i).Where(PlainText.IsUnsafe).ToArray();

    [Fact]
    public void Every_unsafe_character_in_a_documents_text_is_escaped_in_the_text_report()
    {
        // Every unsafe character in the activity's id and title, and in an unknown field's name (a finding's path).
        string hostile = string.Concat(Unsafe.Select(c => $"\\u{(int)c:X4}")) + "\\u001b[31mred\\u001b]0;title\\u0007";
        var json = $$"""{"asOf":"2025-11-23","{{hostile}}":1,"certifications":[{"credential":"aama-cma","certifiedOn":"2021-02-10"}],"activities":[{"id":"a{{hostile}}","title":"T{{hostile}}","kind":"course","completedOn":"2023-03-01","credits":[{"amount":2,"unit":"aama-point","category":"clinical","approvedBy":["aama"]},{"amount":1,"unit":"ncct-clock-hour"}]}]}""";
        var path = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json, new UTF8Encoding(false));
        try
        {
            var evaluated = ReportSamples.Evaluate(path);
            var options = new ReportOptions { Findings = evaluated.Findings, IncludeDetails = true, DocumentName = "name\u001b[2J" };

            // Every text the report hands a layout, whichever layout it is: headings, lines, column headings and cells.
            var recording = new RecordingLayout();
            EvaluationReport.WriteText(recording, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options);
            var handed = recording.Texts.SelectMany(t => t).Where(PlainText.IsUnsafe).Distinct().ToList();
            Assert.True(handed.Count == 0, "handed to the layout: " + string.Join(", ", handed.Select(c => $"U+{(int)c:X4}")));
            Assert.Contains(recording.Texts, t => t.Contains("\\u001B]0;title", StringComparison.Ordinal));

            using var writer = new StringWriter { NewLine = "\n" };
            EvaluationReport.WriteText(writer, evaluated.AsOf, evaluated.Transcript, evaluated.Results, options);
            var text = writer.ToString();
            // Only the report's own line ends are control characters.
            var raw = text.Where(c => PlainText.IsUnsafe(c) && c != '\n').Distinct().ToList();
            Assert.True(raw.Count == 0, "raw: " + string.Join(", ", raw.Select(c => $"U+{(int)c:X4}")));
            // Visible instead (tables may wrap the long escaped text anywhere else).
            Assert.Contains("\\u001B]0;title", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[2J", text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b]0;", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Keeps every text a report hands it.</summary>
    private sealed class RecordingLayout : TextLayout
    {
        internal List<string> Texts { get; } = [];

        public override void Heading(string text) => Texts.Add(text);

        public override void Line(string text, TextEmphasis emphasis) => Texts.Add(text);

        public override void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
        {
            Texts.AddRange(columns);
            foreach (var row in rows)
            {
                Texts.AddRange(row);
            }
        }
    }
}
