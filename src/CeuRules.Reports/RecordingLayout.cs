using System;
using System.Collections.Generic;
using System.Linq;

namespace CeuRules.Reports;

/// <summary>
/// A layout that keeps what is written, to be written again through another layout with a line put in
/// after the first one (the line of abbreviations, which can only be known once every other line is).
/// </summary>
internal sealed class RecordingLayout : TextLayout
{
    private readonly List<(Action<TextLayout> Write, IReadOnlyList<string> Texts)> parts = [];

    /// <summary>Every text written, headings, lines and table cells.</summary>
    internal IEnumerable<string> Texts => parts.SelectMany(p => p.Texts);

    public override void Heading(string text) => parts.Add((layout => layout.Heading(text), [text]));

    public override void Line(string text, TextEmphasis emphasis) => parts.Add((layout => layout.Line(text, emphasis), [text]));

    public override void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var kept = rows.Select(r => (IReadOnlyList<string>)[.. r]).ToList();
        parts.Add((layout => layout.Table(columns, kept), [.. columns, .. kept.SelectMany(r => r)]));
    }

    /// <summary>Writes everything kept through <paramref name="layout"/>, with <paramref name="afterFirst"/> (when not null) after the first part.</summary>
    internal void WriteTo(TextLayout layout, string? afterFirst)
    {
        for (int i = 0; i < parts.Count; i++)
        {
            parts[i].Write(layout);
            if (i == 0 && afterFirst is not null)
            {
                layout.Line(afterFirst, TextEmphasis.None);
            }
        }
    }
}
