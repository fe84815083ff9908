using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;

namespace CeuRules.Reports;

/// <summary>
/// Writes the evaluations of one person's certifications as a report a person reads: a self-contained
/// HTML page (inline CSS and an SVG timeline of each cycle; nothing fetched, no script), or plain text.
/// Both say the status, what is still needed and by when, the requirements, what counted and why, the
/// fees and the dates that matter (the route the person is on first), in the words of
/// <see cref="ReportOptions.Culture"/>; every id, rule and source is kept for the details part at the end.
/// </summary>
/// <remarks>
/// The methods are thread-safe; each call writes only to its own writer. The synchronous methods write as
/// they go, in time and memory in proportion to the report; the asynchronous methods compose the report in
/// memory (a person's report is tens of kilobytes), then write it asynchronously, as
/// ASP.NET Core requires of a response body (<c>await EvaluationReport.WriteHtmlAsync(context.Response.Body, ...)</c>).
/// </remarks>
public static class EvaluationReport
{
    /// <summary>Writes the HTML report: one page, well-formed as XML too, that declares its language (<c>&lt;html lang="es-US"&gt;</c>).</summary>
    /// <param name="writer">Where the page is written.</param>
    /// <param name="asOf">The date the certifications were evaluated as of.</param>
    /// <param name="transcript">The transcript evaluated: the titles, providers and dates of its activities.</param>
    /// <param name="evaluations">The evaluations of the person's certifications, each as of <paramref name="asOf"/> over <paramref name="transcript"/>.</param>
    /// <param name="options">How to write the report; <see cref="ReportOptions.Default"/> for English with details.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="evaluations"/>, is null.</exception>
    /// <exception cref="ArgumentException">An evaluation, or the options' recommendation, is not as of <paramref name="asOf"/>.</exception>
    public static void WriteHtml(TextWriter writer, LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Check(asOf, transcript, evaluations, options);
        HtmlReport.Write(writer, asOf, transcript, evaluations, options);
    }

    /// <summary>Writes the text report: a section per certification, then the details part (unless <see cref="ReportOptions.IncludeDetails"/> is false).</summary>
    /// <param name="writer">Where the text is written.</param>
    /// <param name="asOf">The date the certifications were evaluated as of.</param>
    /// <param name="transcript">The transcript evaluated: the titles of its activities.</param>
    /// <param name="evaluations">The evaluations of the person's certifications, each as of <paramref name="asOf"/> over <paramref name="transcript"/>.</param>
    /// <param name="options">How to write the report; <see cref="ReportOptions.Default"/> for English with details.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="evaluations"/>, is null.</exception>
    /// <exception cref="ArgumentException">An evaluation, or the options' recommendation, is not as of <paramref name="asOf"/>.</exception>
    public static void WriteText(TextWriter writer, LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Check(asOf, transcript, evaluations, options);
        TextReport.Write(TextLayout.Plain(writer), asOf, transcript, evaluations, options);
    }

    /// <summary>
    /// Writes the text report (see <see cref="WriteText(TextWriter, LocalDate, Transcript, IReadOnlyList{CertificationEvaluation}, ReportOptions)"/>)
    /// through a layout of the caller's, such as one that styles it for a terminal.
    /// </summary>
    /// <param name="layout">How the report's headings, lines and tables are written.</param>
    /// <param name="asOf">The date the certifications were evaluated as of.</param>
    /// <param name="transcript">The transcript evaluated: the titles of its activities.</param>
    /// <param name="evaluations">The evaluations of the person's certifications, each as of <paramref name="asOf"/> over <paramref name="transcript"/>.</param>
    /// <param name="options">How to write the report; <see cref="ReportOptions.Default"/> for English with details.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="evaluations"/>, is null.</exception>
    /// <exception cref="ArgumentException">An evaluation, or the options' recommendation, is not as of <paramref name="asOf"/>.</exception>
    public static void WriteText(TextLayout layout, LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(layout);
        Check(asOf, transcript, evaluations, options);
        TextReport.Write(layout, asOf, transcript, evaluations, options);
    }

    /// <summary>The HTML report (see <see cref="WriteHtml"/>) as a string.</summary>
    /// <param name="asOf">The date the certifications were evaluated as of.</param>
    /// <param name="transcript">The transcript evaluated: the titles, providers and dates of its activities.</param>
    /// <param name="evaluations">The evaluations of the person's certifications, each as of <paramref name="asOf"/> over <paramref name="transcript"/>.</param>
    /// <param name="options">How to write the report; <see cref="ReportOptions.Default"/> for English with details.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="evaluations"/>, is null.</exception>
    /// <exception cref="ArgumentException">An evaluation, or the options' recommendation, is not as of <paramref name="asOf"/>.</exception>
    public static string ToHtml(LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteHtml(writer, asOf, transcript, evaluations, options);
        return writer.ToString();
    }

    /// <summary>The text report (see <see cref="WriteText(TextWriter, LocalDate, Transcript, IReadOnlyList{CertificationEvaluation}, ReportOptions)"/>) as a string.</summary>
    /// <param name="asOf">The date the certifications were evaluated as of.</param>
    /// <param name="transcript">The transcript evaluated: the titles, providers and dates of its activities.</param>
    /// <param name="evaluations">The evaluations of the person's certifications, each as of <paramref name="asOf"/> over <paramref name="transcript"/>.</param>
    /// <param name="options">How to write the report; <see cref="ReportOptions.Default"/> for English with details.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="evaluations"/>, is null.</exception>
    /// <exception cref="ArgumentException">An evaluation, or the options' recommendation, is not as of <paramref name="asOf"/>.</exception>
    public static string ToText(LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteText(writer, asOf, transcript, evaluations, options);
        return writer.ToString();
    }

    /// <summary>Writes the HTML report (see <see cref="WriteHtml"/>) to a writer asynchronously.</summary>
    /// <param name="writer">Where the report is written; it is flushed, and left open.</param>
    /// <param name="asOf">The date the certifications were evaluated as of.</param>
    /// <param name="transcript">The transcript evaluated: the titles, providers and dates of its activities.</param>
    /// <param name="evaluations">The evaluations of the person's certifications, each as of <paramref name="asOf"/> over <paramref name="transcript"/>.</param>
    /// <param name="options">How to write the report; <see cref="ReportOptions.Default"/> for English with details.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="evaluations"/>, is null.</exception>
    /// <exception cref="ArgumentException">An evaluation, or the options' recommendation, is not as of <paramref name="asOf"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task WriteHtmlAsync(TextWriter writer, LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return WriteAsync(writer, ToHtml(asOf, transcript, evaluations, options), cancellationToken);
    }

    /// <summary>Writes the HTML report (see <see cref="WriteHtml"/>) to a stream asynchronously, in UTF-8 without a byte order mark.</summary>
    /// <param name="stream">Where the page is written, such as an HTTP response's body; it is left open.</param>
    /// <param name="asOf">The date the certifications were evaluated as of.</param>
    /// <param name="transcript">The transcript evaluated: the titles, providers and dates of its activities.</param>
    /// <param name="evaluations">The evaluations of the person's certifications, each as of <paramref name="asOf"/> over <paramref name="transcript"/>.</param>
    /// <param name="options">How to write the report; <see cref="ReportOptions.Default"/> for English with details.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="evaluations"/>, is null.</exception>
    /// <exception cref="ArgumentException">An evaluation, or the options' recommendation, is not as of <paramref name="asOf"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task WriteHtmlAsync(Stream stream, LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return WriteAsync(stream, ToHtml(asOf, transcript, evaluations, options), cancellationToken);
    }

    /// <summary>Writes the text report (see <see cref="WriteText(TextWriter, LocalDate, Transcript, IReadOnlyList{CertificationEvaluation}, ReportOptions)"/>) to a writer asynchronously.</summary>
    /// <param name="writer">Where the report is written; it is flushed, and left open.</param>
    /// <param name="asOf">The date the certifications were evaluated as of.</param>
    /// <param name="transcript">The transcript evaluated: the titles, providers and dates of its activities.</param>
    /// <param name="evaluations">The evaluations of the person's certifications, each as of <paramref name="asOf"/> over <paramref name="transcript"/>.</param>
    /// <param name="options">How to write the report; <see cref="ReportOptions.Default"/> for English with details.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="evaluations"/>, is null.</exception>
    /// <exception cref="ArgumentException">An evaluation, or the options' recommendation, is not as of <paramref name="asOf"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task WriteTextAsync(TextWriter writer, LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return WriteAsync(writer, ToText(asOf, transcript, evaluations, options), cancellationToken);
    }

    /// <summary>Writes the text report (see <see cref="WriteText(TextWriter, LocalDate, Transcript, IReadOnlyList{CertificationEvaluation}, ReportOptions)"/>) to a stream asynchronously, in UTF-8 without a byte order mark.</summary>
    /// <param name="stream">Where the text is written, such as an HTTP response's body; it is left open.</param>
    /// <param name="asOf">The date the certifications were evaluated as of.</param>
    /// <param name="transcript">The transcript evaluated: the titles, providers and dates of its activities.</param>
    /// <param name="evaluations">The evaluations of the person's certifications, each as of <paramref name="asOf"/> over <paramref name="transcript"/>.</param>
    /// <param name="options">How to write the report; <see cref="ReportOptions.Default"/> for English with details.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <exception cref="ArgumentNullException">An argument, or an element of <paramref name="evaluations"/>, is null.</exception>
    /// <exception cref="ArgumentException">An evaluation, or the options' recommendation, is not as of <paramref name="asOf"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public static Task WriteTextAsync(Stream stream, LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return WriteAsync(stream, ToText(asOf, transcript, evaluations, options), cancellationToken);
    }

    private static async Task WriteAsync(TextWriter writer, string report, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await writer.WriteAsync(report.AsMemory(), cancellationToken).ConfigureAwait(false);
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(Stream stream, string report, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await stream.WriteAsync(Utf8.GetBytes(report), cancellationToken).ConfigureAwait(false);
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static void Check(LocalDate asOf, Transcript transcript, IReadOnlyList<CertificationEvaluation> evaluations, ReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Recommendation is { } recommendation && recommendation.AsOf != asOf)
        {
            throw new ArgumentException($"The recommendation is as of {recommendation.AsOf:uuuu'-'MM'-'dd}, not {asOf:uuuu'-'MM'-'dd}.", nameof(options));
        }
        for (int i = 0; i < evaluations.Count; i++)
        {
            if (evaluations[i] is not { } evaluation)
            {
                throw new ArgumentNullException(nameof(evaluations), $"The evaluation at index {i} is null.");
            }
            if (evaluation.AsOf != asOf)
            {
                throw new ArgumentException($"The evaluation at index {i} ({evaluation.Credential.Id}) is as of {evaluation.AsOf:uuuu'-'MM'-'dd}, not {asOf:uuuu'-'MM'-'dd}.", nameof(evaluations));
            }
        }
    }
}
