using System.Collections.Generic;
using System.IO;
using CeuRules.Policies;
using CeuRules.Spreadsheets;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>
/// The batch report as an HR officer opens it: readable headers and values, one column per requirement
/// shortfall, rows in input order. The CSV (with a byte-order mark) is streamed: each input is expected
/// when it is read, and rows are written as soon as every earlier input's rows are, so memory is bounded
/// by the people in flight. The XLSX keeps the rows (small, no evaluations) and writes them at the end.
/// </summary>
internal sealed class SpreadsheetReport : ReportWriter
{
    private readonly Stream stream;
    private readonly WorkforceReport? workbook;
    private readonly WorkforceCsvWriter? csv;

    /// <summary>The lines read and not yet written, in read order (CSV only).</summary>
    private readonly Queue<long> expected = new();

    /// <summary>The rows of lines evaluated before an earlier line was (CSV only).</summary>
    private readonly Dictionary<long, System.Action> done = new();

    internal SpreadsheetReport(Stream stream, bool xlsx, LocalDate asOf, int withinDays, PolicyCatalog? catalog)
        : base(asOf, withinDays)
    {
        this.stream = stream;
        if (xlsx)
        {
            workbook = new WorkforceReport(asOf, withinDays);
        }
        else
        {
            csv = new WorkforceCsvWriter(stream, catalog);
        }
    }

    internal override void Expect(long line)
    {
        lock (expected)
        {
            expected.Enqueue(line);
        }
    }

    internal override void WritePerson(long line, PersonEvaluation person, string findings)
    {
        if (workbook is not null)
        {
            workbook.Add(line, person, findings);
            return;
        }
        Complete(line, () => csv!.Write(line, person, findings));
    }

    internal override void WriteMalformed(long line, string reason) => WriteProblem(line, null, reason);

    /// <summary>A row for an input that could not be evaluated, with the person's id when it is known.</summary>
    internal void WriteProblem(long line, string? personId, string reason)
    {
        if (workbook is not null)
        {
            workbook.AddProblem(line, personId, reason);
            return;
        }
        Expect(line);
        Complete(line, () => csv!.WriteProblem(line, personId, reason));
    }

    private void Complete(long line, System.Action write)
    {
        lock (expected)
        {
            if (expected.Count == 0 || expected.Peek() != line)
            {
                done[line] = write;
                return;
            }
            expected.Dequeue();
            write();
            while (expected.Count > 0 && done.Remove(expected.Peek(), out var next))
            {
                expected.Dequeue();
                next();
            }
        }
    }

    protected override void End(WorkforceForecast forecast, BatchCommand.BatchState state)
    {
        if (workbook is not null)
        {
            workbook.WriteXlsx(stream);
            stream.Flush();
            return;
        }
        lock (expected)
        {
            // Whatever is left (nothing, when every expected line was evaluated) goes out in input order.
            foreach (var line in new SortedSet<long>(done.Keys))
            {
                done[line]();
            }
            done.Clear();
            expected.Clear();
        }
        csv!.Flush();
    }

    /// <summary>Flushes the CSV's writer; the file itself is closed (and committed or removed) by the base class.</summary>
    protected override void Close() => csv?.Flush();
}
