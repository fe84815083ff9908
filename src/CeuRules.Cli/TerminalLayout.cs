using System.Collections.Generic;
using System.IO;
using System.Linq;
using CeuRules.Reports;
using Spectre.Console;

namespace CeuRules.Cli;

/// <summary>
/// The text report styled for a terminal (<c>ceurules evaluate</c> on a terminal): headings as rules, strong
/// lines in bold, errors in red and warnings in yellow, tables with rounded borders, all through a Spectre
/// console. The report's texts hold no control character already; their console markup is made literal here.
/// </summary>
internal sealed class TerminalLayout : TextLayout
{
    private readonly IAnsiConsole console;
    private readonly TableBorder border;

    internal TerminalLayout(TextWriter writer) => (console, border) = Terminal.For(writer, interactive: true);

    public override void Heading(string text)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]{Markup.Escape(text)}[/]") { Justification = Justify.Left });
    }

    public override void Line(string text, TextEmphasis emphasis)
    {
        string escaped = Markup.Escape(text);
        console.MarkupLine(emphasis switch
        {
            TextEmphasis.Strong => $"[bold]{escaped}[/]",
            TextEmphasis.Error => $"[red]{escaped}[/]",
            TextEmphasis.Warning => $"[yellow]{escaped}[/]",
            _ => escaped,
        });
    }

    public override void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var table = new Table().Border(border).AddColumns(columns.Select(Markup.Escape).ToArray());
        foreach (var row in rows)
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }
        console.Write(table);
    }
}
