using System.IO;
using CeuRules.Policies;
using CeuRules.Spreadsheets;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>
/// The batch report as an HR officer opens it: readable headers and values, one column per requirement
/// shortfall, rows in input order. The CSV (with a byte-order mark) is streamed: rows are written as the
/// workforce pipeline yields them, in input order, so memory is bounded by the people in flight. The XLSX keeps the rows (small, no evaluations) and writes them at the end.
/// </summary>
internal sealed class SpreadsheetReport : ReportWriter
{
    private readonly Stream stream;
    private readonly WorkforceReport? workbook;
    private readonly WorkforceCsvWriter? csv;
    private readonly System.Threading.CancellationToken cancellationToken;

    internal SpreadsheetReport(Stream stream, bool xlsx, LocalDate asOf, int withinDays, PolicyCatalog? catalog, Explanations.Explainer? words, System.Threading.CancellationToken cancellationToken)
        : base(asOf, withinDays)
    {
        this.stream = stream;
        this.cancellationToken = cancellationToken;
        if (xlsx)
        {
            workbook = new WorkforceReport(asOf, withinDays, words);
        }
        else
        {
            csv = new WorkforceCsvWriter(stream, catalog, words);
        }
    }

    internal override void Write(WorkforceRow row)
    {
        if (workbook is null)
        {
            csv!.Write(row);
        }
        else
        {
            workbook.Add(row);
        }
    }

    protected override void End(WorkforceForecast forecast, BatchCommand.BatchState state)
    {
        if (workbook is not null)
        {
            workbook.WriteXlsx(stream, cancellationToken);
            stream.Flush();
            return;
        }
        csv!.Flush();
    }

    /// <summary>Flushes the CSV's writer; the file itself is closed (and committed or removed) by the base class.</summary>
    protected override void Close() => csv?.Flush();
}
