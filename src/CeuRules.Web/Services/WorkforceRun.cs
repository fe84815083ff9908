using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Calendars;
using CeuRules.Spreadsheets;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Web.Services;

/// <summary>
/// One input that could not be evaluated, as <c>ceurules batch</c> reports it: its row, the person when known,
/// and the reader's coded findings; or, for a person read without an error from a file that has no person
/// column, no finding and <see cref="NoPersonColumn"/>.
/// </summary>
internal sealed record WorkforceProblem(long Row, string? PersonId, IReadOnlyList<Finding> Findings, bool NoPersonColumn = false);

/// <summary>One person read from the workbook and evaluated: the row of their first certification and the reader's warnings.</summary>
internal sealed record WorkforcePerson(long Row, Person Person, IReadOnlyList<Finding> Findings);

/// <summary>
/// A workforce evaluated in the page the way <c>ceurules batch</c> evaluates a spreadsheet: a person whose rows
/// have an error is reported whole and not evaluated, a row that belongs to no person is reported too, and
/// everyone else is evaluated as of one date; the forecast lists who is due within the horizon, most urgent
/// first. Evaluation runs in chunks that yield to the browser between them, so the page stays responsive
/// and shows progress on a large file (WebAssembly here has one thread).
/// </summary>
internal sealed class WorkforceRun
{
    /// <summary>People evaluated between two yields to the browser.</summary>
    internal const int ChunkSize = 500;

    private readonly List<WorkforceProblem> problems = new();
    private readonly List<WorkforcePerson> people = new();
    private readonly Dictionary<string, int> byId = new(StringComparer.Ordinal);

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

    /// <summary>The report an HR officer downloads (XLSX or CSV), the same rows as <c>ceurules batch --out</c>.</summary>
    internal WorkforceReport Report { get; }

    /// <summary>Evaluates the people of <paramref name="read"/>, reporting (done, total) after each chunk.</summary>
    internal static async Task<WorkforceRun> EvaluateAsync(Engine engine, string fileName, SpreadsheetReadResult read, LocalDate asOf, int withinDays,
        IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(read);
        var run = new WorkforceRun(fileName, asOf, withinDays);
        var forecast = new WorkforceForecastBuilder(asOf, withinDays);
        var workforce = new WorkforceEvaluator(engine.Evaluator, maxDegreeOfParallelism: 1);

        // Findings of the file that belong to no person (a row with no certification, a missing sheet).
        var attributed = new HashSet<Finding>(read.People.SelectMany(p => p.Findings), ReferenceEqualityComparer.Instance);
        foreach (var finding in read.Findings.Where(f => f.Severity == FindingSeverity.Error && !attributed.Contains(f)))
        {
            long row = finding.Arguments.TryGetValue("row", out var text) && long.TryParse(text, out long number) ? number : 0;
            run.AddProblem(row, null, [finding], noPersonColumn: false);
        }

        int total = read.People.Length;
        for (int i = 0; i < total; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var person = read.People[i];
            long row = read.PersonRows[i];
            if (!person.IsValid || person.Document is null || person.Document.PersonId is null)
            {
                // Read without an error but without a person column: the command line says a batch needs one.
                bool noPersonColumn = person.Document?.PersonId is null && person.IsValid;
                run.AddProblem(row, read.PersonIds[i], person.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList(), noPersonColumn);
            }
            else
            {
                var document = person.Document;
                var evaluated = new Person(document.PersonId!, document.Certifications, document.Transcript);
                var evaluation = workforce.Evaluate(evaluated, asOf);
                forecast.Add(evaluation);
                run.Report.Add(row, evaluation, person.Findings.IsEmpty ? null : string.Join("; ", person.Findings.Select(f => f.ToString())));
                run.byId.TryAdd(evaluated.PersonId, run.people.Count);
                run.people.Add(new WorkforcePerson(row, evaluated, person.Findings));
            }
            if ((i + 1) % ChunkSize == 0)
            {
                progress?.Report((i + 1, total));
                // Lets the browser paint the progress and take input before the next chunk.
                await Task.Delay(1, cancellationToken);
            }
        }
        progress?.Report((total, total));
        run.problems.Sort((x, y) => x.Row.CompareTo(y.Row));
        run.Forecast = forecast.Build();
        return run;
    }

    /// <summary>The command line's words for a file without a person column, which a batch needs.</summary>
    internal const string NoPersonColumnProblem = "The certifications sheet has no person column; a batch needs one (personId).";

    private void AddProblem(long row, string? personId, IReadOnlyList<Finding> findings, bool noPersonColumn)
    {
        problems.Add(new WorkforceProblem(row, personId, findings, noPersonColumn));
        Report.AddProblem(row, personId, noPersonColumn ? NoPersonColumnProblem : string.Join("; ", findings.Select(f => f.ToString())));
    }

    /// <summary>The first person read with <paramref name="personId"/>, or null.</summary>
    internal WorkforcePerson? Find(string personId) => byId.TryGetValue(personId, out int index) ? people[index] : null;

    /// <summary>The report as an XLSX workbook (sheets "People", "Due soon" and "Summary").</summary>
    internal byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        Report.WriteXlsx(stream);
        return stream.ToArray();
    }

    /// <summary>The report's "People" sheet as CSV with a byte-order mark.</summary>
    internal byte[] Csv()
    {
        using var stream = new MemoryStream();
        Report.WriteCsv(stream);
        return stream.ToArray();
    }

    /// <summary>The due-soon deadlines as iCalendar, as <c>ceurules batch --calendar</c> writes them.</summary>
    internal string Calendar() => DeadlineCalendar.ForWorkforce(Forecast);
}
