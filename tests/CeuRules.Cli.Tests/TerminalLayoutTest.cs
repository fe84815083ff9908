using System;
using System.IO;
using CeuRules.Reports;
using Xunit;

namespace CeuRules.Cli.Tests;

/// <summary>
/// The command line's terminal layout of the text report writes what the report hands it as text: console
/// markup in a document's titles is shown, never obeyed, in headings, lines and tables alike.
/// </summary>
public sealed class TerminalLayoutTest
{
    [Fact]
    public void Markup_in_the_reports_texts_is_written_literally()
    {
        using var writer = new StringWriter { NewLine = "\n" };
        var layout = new TerminalLayout(writer);

        layout.Heading("Heading [red]one[/]");
        layout.Line("Strong [bold]two[/] [", TextEmphasis.Strong);
        layout.Line("Error [link=https://example.com]three[/]", TextEmphasis.Error);
        layout.Line("Plain ]four[", TextEmphasis.None);
        layout.Table(["Column [blue]", "B"], [["cell [u]five[/]", "]"]]);

        var text = writer.ToString();
        Assert.Contains("Heading [red]one[/]", text, StringComparison.Ordinal);
        Assert.Contains("Strong [bold]two[/] [", text, StringComparison.Ordinal);
        Assert.Contains("Error [link=https://example.com]three[/]", text, StringComparison.Ordinal);
        Assert.Contains("Plain ]four[", text, StringComparison.Ordinal);
        Assert.Contains("Column [blue]", text, StringComparison.Ordinal);
        Assert.Contains("cell [u]five[/]", text, StringComparison.Ordinal);
    }
}
