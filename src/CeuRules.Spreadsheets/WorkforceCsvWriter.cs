using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CeuRules.Explanations;
using CeuRules.Policies;
using CeuRules.Workforce;

namespace CeuRules.Spreadsheets;

/// <summary>
/// Writes the "People" rows of a <see cref="WorkforceReport"/> as CSV while a workforce is evaluated,
/// without keeping them: the columns are fixed up front (a shortfall column for every minimum of the
/// catalog's policies) and each row is written when it is given, so memory does not grow with the
/// workforce. UTF-8 with a byte-order mark, RFC 4180, CRLF; text that a spreadsheet would run as a
/// formula is made inert.
/// </summary>
/// <remarks>An instance is not thread-safe: write from one thread, in the order the rows should appear.</remarks>
public sealed class WorkforceCsvWriter : IDisposable
{
    private readonly StreamWriter writer;
    private readonly List<(string Header, Func<WorkforceReport.ReportRow, object?> Value)> headers;
    private readonly Explainer words;
    private long sequence;

    /// <summary>Creates a writer and writes the header row.</summary>
    /// <param name="stream">Where to write; closed when the writer is disposed.</param>
    /// <param name="catalog">The policies whose minimums get a shortfall column; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <param name="words">The words of the status, deadline and next step names; <see cref="Explainer.English"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public WorkforceCsvWriter(Stream stream, PolicyCatalog? catalog = null, Explainer? words = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.words = words ?? Explainer.English;
        var ids = (catalog ?? PolicyCatalog.BuiltIn).Policies.SelectMany(p => p.Requirements).Select(r => r.RequirementId);
        headers = WorkforceReport.Headers(WorkforceReport.OrderedIds(ids), this.words);
        writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        WorkforceReport.WriteCsvHeader(writer, headers);
    }

    /// <summary>Writes one person's rows: one per evaluated certification, one per certification without a policy.</summary>
    /// <param name="inputRow">Where the person is in the input (a line or row number).</param>
    /// <param name="person">The person's evaluations.</param>
    /// <param name="findings">What reading the person's input found, for people; none when null or empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public void Write(long inputRow, PersonEvaluation person, string? findings = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var row in WorkforceReport.RowsOf(inputRow, person, findings ?? string.Empty, () => sequence++, words))
        {
            WorkforceReport.WriteCsvRow(writer, row, headers);
        }
    }

    /// <summary>Writes every row of one input line of the workforce pipeline: the person's rows with the line's findings, or the malformed line's row.</summary>
    /// <param name="row">The line's row, from <see cref="WorkforceEvaluator.EvaluateInOrderAsync{TInput}"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public void Write(WorkforceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Evaluation is { } person)
        {
            Write(row.Line, person, row.FindingList);
        }
        else
        {
            WriteProblem(row.Line, row.PersonId, row.ReasonIn(words));
        }
    }

    /// <summary>Writes a row for an input that could not be evaluated.</summary>
    /// <param name="inputRow">Where the input is (a line or row number).</param>
    /// <param name="personId">The person's id when it is known, else null.</param>
    /// <param name="problem">What is wrong, for people.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public void WriteProblem(long inputRow, string? personId, string problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        WorkforceReport.WriteCsvRow(writer, WorkforceReport.ProblemRow(inputRow, sequence++, personId, problem, string.Empty), headers);
    }

    /// <summary>Writes what is buffered to the stream.</summary>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public void Flush() => writer.Flush();

    /// <summary>Flushes and closes the stream.</summary>
    public void Dispose() => writer.Dispose();
}
