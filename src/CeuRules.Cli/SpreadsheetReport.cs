using System.IO;
using CeuRules.Evaluation;
using CeuRules.Spreadsheets;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Cli;

/// <summary>
/// The batch report as an HR officer opens it (.xlsx, or .csv with a byte-order mark): readable headers
/// and values, one column per requirement shortfall, rows in input order. The rows are kept (small, no
/// evaluations) and written when the batch finishes.
/// </summary>
internal sealed class SpreadsheetReport : ReportWriter
{
    private readonly Stream stream;
    private readonly bool xlsx;
    private readonly WorkforceReport report;

    internal SpreadsheetReport(Stream stream, bool xlsx, LocalDate asOf, int withinDays)
        : base(asOf, withinDays)
    {
        this.stream = stream;
        this.xlsx = xlsx;
        report = new WorkforceReport(asOf, withinDays);
    }

    internal override void WritePerson(long line, PersonEvaluation person, string findings) => report.Add(line, person, findings);

    internal override void WriteMalformed(long line, string reason) => report.AddProblem(line, null, reason);

    /// <summary>A row for a person who could not be evaluated, with their id.</summary>
    internal void WriteProblem(long line, string? personId, string reason) => report.AddProblem(line, personId, reason);

    protected override void Row(long line, string? personId, CertificationEvaluation? result, string? error, string findings)
    {
        // Every row goes through WritePerson and WriteMalformed.
    }

    protected override void End(WorkforceForecast forecast, BatchCommand.BatchState state)
    {
        if (xlsx)
        {
            report.WriteXlsx(stream);
        }
        else
        {
            report.WriteCsv(stream);
        }
        stream.Flush();
    }

    public override void Dispose() => stream.Dispose();
}
