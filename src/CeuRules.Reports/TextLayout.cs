using System;
using System.Collections.Generic;
using System.IO;

namespace CeuRules.Reports;

/// <summary>How a line of the text report is meant to stand out; a layout may show it or not.</summary>
public enum TextEmphasis
{
    /// <summary>An ordinary line.</summary>
    None,

    /// <summary>A line that leads its part: the title, a status, the next step.</summary>
    Strong,

    /// <summary>A line about an error in the document.</summary>
    Error,

    /// <summary>A line about a warning on the document.</summary>
    Warning,
}

/// <summary>
/// Lays out the text report: its headings, lines and tables. <see cref="Plain"/> writes plain text, which
/// is what <see cref="EvaluationReport.WriteText(TextWriter, NodaTime.LocalDate, Model.Transcript, IReadOnlyList{Evaluation.CertificationEvaluation}, ReportOptions)"/>
/// uses; a face that writes for a terminal derives its own layout (colours, borders) and passes it to
/// <see cref="EvaluationReport.WriteText(TextLayout, NodaTime.LocalDate, Model.Transcript, IReadOnlyList{Evaluation.CertificationEvaluation}, ReportOptions)"/>.
/// </summary>
/// <remarks>
/// Every text the report passes holds no control character, line break or bidirectional formatting
/// character (<see cref="PlainText.Escape"/> has escaped what came from a document); a layout that writes a
/// markup language (console markup, HTML) must still escape that language's own characters. The report
/// calls a layout from one thread at a time.
/// </remarks>
public abstract class TextLayout
{
    /// <summary>A layout that writes plain text to <paramref name="writer"/>: lines wrapped at 120 columns, ASCII tables no wider.</summary>
    /// <param name="writer">Where the text is written; it is neither flushed nor closed.</param>
    /// <returns>The plain layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public static TextLayout Plain(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return new PlainTextLayout(writer);
    }

    /// <summary>Writes the heading of a part of the report (a certification, the details).</summary>
    /// <param name="text">The heading; never empty.</param>
    public abstract void Heading(string text);

    /// <summary>Writes one line (a paragraph, which a layout may wrap).</summary>
    /// <param name="text">The line; empty for an empty line.</param>
    /// <param name="emphasis">How the line is meant to stand out.</param>
    public abstract void Line(string text, TextEmphasis emphasis);

    /// <summary>Writes a table.</summary>
    /// <param name="columns">The column headings.</param>
    /// <param name="rows">The rows, each with one cell per column; enumerated once, as the table is written.</param>
    public abstract void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows);
}
