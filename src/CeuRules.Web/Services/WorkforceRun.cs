using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Calendars;
using CeuRules.Spreadsheets;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Web.Services;

/// <summary>
/// One input that could not be evaluated, as <c>ceurules batch</c> reports it: its row, the person when known,
/// and the reader's coded findings.
/// </summary>
internal sealed record WorkforceProblem(long Row, string? PersonId, IReadOnlyList<Finding> Findings);

/// <summary>One person read from the workbook and evaluated: the row of their first certification and the reader's warnings.</summary>
internal sealed record WorkforcePerson(long Row, Person Person, IReadOnlyList<Finding> Findings);

/// <summary>
/// A workforce evaluated in the page through the library's spreadsheet pipeline
/// (<see cref="SpreadsheetWorkforce.EvaluateInOrderAsync"/>, the one <c>ceurules batch</c> reads): its rows become the
/// report, the forecast (who is due within the horizon, most urgent first), the problems and the people
/// one can open. The rows are taken in chunks that yield to the browser between them, so the page stays
/// responsive and shows progress on a large file (WebAssembly here has one thread); no evaluation is kept,
/// only the report's rows, the CSV as written and each person's input, so memory grows with the file, not with its explanations.
/// </summary>
internal sealed class WorkforceRun
{
    /// <summary>The most rows taken between two yields to the browser.</summary>
    internal const int ChunkSize = 500;

    /// <summary>The most time spent between two yields to the browser (milliseconds): in WebAssembly, 500 people can take seconds.</summary>
    internal const int SliceMilliseconds = 50;

    private readonly List<WorkforceProblem> problems = new();
    private readonly List<WorkforcePerson> people = new();
    private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);
    private byte[] csv = [];

    private WorkforceRun(string fileName, LocalDate asOf, int withinDays)
    {
        FileName = fileName;
        AsOf = asOf;
        WithinDays = withinDays;
        Report = new WorkforceReport(asOf, withinDays);
    }

    internal string FileName { get; }

    internal LocalDate AsOf { get; }

    internal int WithinDays { get; }

    /// <summary>The inputs that could not be evaluated, in row order.</summary>
    internal IReadOnlyList<WorkforceProblem> Problems => problems;

    /// <summary>Everyone evaluated, in row order.</summary>
    internal IReadOnlyList<WorkforcePerson> People => people;

    /// <summary>The counts and who is due within <see cref="WithinDays"/>, every one listed, most urgent first.</summary>
    internal WorkforceForecast Forecast { get; private set; } = null!;

    /// <summary>The report an HR officer downloads as XLSX, the same rows as <c>ceurules batch --out report.xlsx</c>.</summary>
    internal WorkforceReport Report { get; }

    /// <summary>Evaluates the people of <paramref name="read"/>, reporting (done, total) rows after each chunk (at most <see cref="ChunkSize"/> rows or <see cref="SliceMilliseconds"/>).</summary>
    internal static async Task<WorkforceRun> EvaluateAsync(Engine engine, string fileName, SpreadsheetReadResult read, LocalDate asOf, int withinDays,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(read);
        var run = new WorkforceRun(fileName, asOf, withinDays);
        using var csvBytes = new MemoryStream();
        using var csv = new WorkforceCsvWriter(csvBytes, engine.Policies);
        var forecast = new WorkforceForecastBuilder(asOf, withinDays);
        var workforce = new WorkforceEvaluator(engine.Evaluator, maxDegreeOfParallelism: 1);
        int total = SpreadsheetWorkforce.RowCount(read);
        int done = 0;
        var slice = System.Diagnostics.Stopwatch.StartNew();
        await foreach (var row in SpreadsheetWorkforce.EvaluateInOrderAsync(workforce, read, asOf, cancellationToken))
        {
            run.Report.Add(row);
            csv.Write(row);
            if (row.Evaluation is { } evaluation)
            {
                forecast.Add(evaluation);
                run.byId.TryAdd(evaluation.PersonId, run.people.Count);
                run.people.Add(new WorkforcePerson(row.Line, evaluation.Person, row.Findings));
            }
            else
            {
                run.problems.Add(new WorkforceProblem(row.Line, row.PersonId, row.Findings));
            }
            if (++done % ChunkSize == 0 || slice.ElapsedMilliseconds >= SliceMilliseconds)
            {
                slice.Restart();
                progress?.Report((done, total));
                // Lets the browser paint the progress and take input before the next chunk.
                await Task.Delay(1, cancellationToken);
            }
        }
        progress?.Report((total, total));
        csv.Flush();
        run.csv = csvBytes.ToArray();
        run.problems.Sort((x, y) => x.Row.CompareTo(y.Row));
        run.Forecast = forecast.Build();
        return run;
    }

    /// <summary>The first person read with <paramref name="personId"/>, or null.</summary>
    internal WorkforcePerson? Find(string personId) => byId.TryGetValue(personId, out int index) ? people[index] : null;

    /// <summary>The report as an XLSX workbook (sheets "People", "Due soon" and "Summary").</summary>
    internal byte[] Xlsx(CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream();
        Report.WriteXlsx(stream, cancellationToken);
        return stream.ToArray();
    }

    /// <summary>
    /// The report's "People" rows as CSV with a byte-order mark, written as the rows came by the writer
    /// <c>ceurules batch --out report.csv</c> streams with (a shortfall column for every requirement of the
    /// policies), so that the two files are the same bytes.
    /// </summary>
    internal byte[] Csv() => csv;

    /// <summary>The due-soon deadlines as iCalendar, as <c>ceurules batch --calendar</c> writes them.</summary>
    internal string Calendar() => DeadlineCalendar.ForWorkforce(Forecast);
}
