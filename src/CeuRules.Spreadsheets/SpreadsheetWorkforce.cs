using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CeuRules.Policies;
using CeuRules.Workforce;
using NodaTime;

namespace CeuRules.Spreadsheets;

/// <summary>
/// The one way from an HR export to a workforce's rows, read by every face (<c>ceurules batch</c>, the web
/// app): the files are read with <see cref="SpreadsheetTranscriptReader"/>, each person becomes a
/// <see cref="WorkforceEntry"/>, and the entries go through the library's one workforce pipeline,
/// <see cref="WorkforceEvaluator.EvaluateInOrderAsync{TInput}"/>. A person whose rows have an error is one
/// malformed row with those errors, not evaluated; an error that belongs to no person (a row with no
/// certification, a missing sheet) is a malformed row of its own; a file without a person column is one
/// malformed row with <see cref="IsMissingPersonColumn"/>'s finding, since a workforce needs one. The row
/// of a person is the row of their first certification.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class SpreadsheetWorkforce
{
    private const string MissingPersonColumnCode = "missing-field";
    private const string PersonIdPath = "personId";

    /// <summary>Reads the files of an HR export.</summary>
    /// <param name="files">The workbook, or the CSV files.</param>
    /// <param name="options">One's own headers; <see cref="SpreadsheetReadOptions.Default"/> when null.</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <param name="cancellationToken">Checked while the files are read and at every row; reading then stops with <see cref="OperationCanceledException"/>, the files opened are closed, and nothing is returned.</param>
    /// <returns>The people and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be opened or read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SpreadsheetReadResult Read(SpreadsheetFiles files, SpreadsheetReadOptions? options = null, PolicyCatalog? catalog = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        cancellationToken.ThrowIfCancellationRequested();
        var streams = new List<Stream>();
        try
        {
            var result = new StrongBox<SpreadsheetReadResult?>();
            foreach (bool _ in Steps(files, options, catalog, streams, result, cancellationToken))
            {
            }
            return result.Value!;
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }
    }

    /// <summary>
    /// The one reading of an HR export that <see cref="Read"/> and <see cref="ReadAsync"/> both run: a step (true)
    /// per row read from a file, the result in <paramref name="result"/> at the end, every stream opened added to
    /// <paramref name="streams"/> for the caller to close.
    /// </summary>
    private static IEnumerable<bool> Steps(SpreadsheetFiles files, SpreadsheetReadOptions? options, PolicyCatalog? catalog, List<Stream> streams,
        StrongBox<SpreadsheetReadResult?> result, CancellationToken cancellationToken)
    {
        Stream Open(SpreadsheetFile file)
        {
            var stream = file.Open();
            streams.Add(stream);
            return stream;
        }
        return files.Certifications is not { } certifications
            ? SpreadsheetTranscriptReader.XlsxSteps(Open(files.Main), options, catalog, files.Main.Name, result, cancellationToken)
            : SpreadsheetTranscriptReader.CsvSteps(new CsvInput(files.Main.Name, Open(files.Main)), new CsvInput(certifications.Name, Open(certifications)),
                files.ExamAttempts is { } exams ? new CsvInput(exams.Name, Open(exams)) : null, options, catalog, result, cancellationToken);
    }

    /// <summary>How long <see cref="ReadAsync"/> works before it gives the thread back (milliseconds).</summary>
    private const int SliceMilliseconds = 50;

    /// <summary>
    /// Reads the files of an HR export as <see cref="Read"/> does, with the same result, but in slices of about
    /// 50 ms of work between which the thread is given back, so that a single-threaded host (a browser page
    /// running WebAssembly) paints and answers input while a large workbook is read. The rows read so far are
    /// reported after each slice. Every part of a workbook is read an element at a time, never as a whole tree.
    /// </summary>
    /// <param name="files">The workbook, or the CSV files.</param>
    /// <param name="options">One's own headers; <see cref="SpreadsheetReadOptions.Default"/> when null.</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <param name="rowsRead">Told, after each slice, how many rows have been read from the files so far; may be null.</param>
    /// <param name="cancellationToken">Checked at every row; reading then stops with <see cref="OperationCanceledException"/>, the files opened are closed, and nothing is returned.</param>
    /// <returns>The people and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="files"/> is null.</exception>
    /// <exception cref="IOException">A file cannot be opened or read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<SpreadsheetReadResult> ReadAsync(SpreadsheetFiles files, SpreadsheetReadOptions? options = null, PolicyCatalog? catalog = null,
        IProgress<int>? rowsRead = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        cancellationToken.ThrowIfCancellationRequested();
        return ReadInSlicesAsync(files, options, catalog, rowsRead, cancellationToken);
    }

    private static async Task<SpreadsheetReadResult> ReadInSlicesAsync(SpreadsheetFiles files, SpreadsheetReadOptions? options, PolicyCatalog? catalog,
        IProgress<int>? rowsRead, CancellationToken cancellationToken)
    {
        var streams = new List<Stream>();
        try
        {
            var result = new StrongBox<SpreadsheetReadResult?>();
            var steps = Steps(files, options, catalog, streams, result, cancellationToken);
            int rows = 0;
            var slice = System.Diagnostics.Stopwatch.StartNew();
            foreach (bool row in steps)
            {
                if (row)
                {
                    rows++;
                }
                if (slice.ElapsedMilliseconds >= SliceMilliseconds)
                {
                    rowsRead?.Report(rows);
                    await Task.Delay(1, cancellationToken).ConfigureAwait(false);
                    slice.Restart();
                }
            }
            rowsRead?.Report(rows);
            return result.Value!;
        }
        finally
        {
            foreach (var stream in streams)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The entries of a read workforce, in the order of its rows: first the errors that belong to no person, then one per person.</summary>
    /// <param name="read">What reading the files produced.</param>
    /// <returns>The entries, for <see cref="WorkforceEvaluator.EvaluateInOrderAsync{TInput}"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public static IEnumerable<WorkforceEntry> Entries(SpreadsheetReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        return EntriesOf(read);
    }

    private static IEnumerable<WorkforceEntry> EntriesOf(SpreadsheetReadResult read)
    {
        var attributed = new HashSet<Finding>(read.People.SelectMany(p => p.Findings), ReferenceEqualityComparer.Instance);
        foreach (var finding in read.Findings.Where(f => f.Severity == FindingSeverity.Error && !attributed.Contains(f)))
        {
            long row = finding.Arguments.TryGetValue("row", out var text) && long.TryParse(text, out long number) ? number : 0;
            yield return WorkforceEntry.Malformed(row, [finding]);
        }
        for (int i = 0; i < read.People.Length; i++)
        {
            var person = read.People[i];
            long row = read.PersonRows[i];
            if (!person.IsValid || person.Document is null || person.Document.PersonId is null)
            {
                IReadOnlyList<Finding> errors = person.Document?.PersonId is null && person.IsValid
                    ? [new Finding(MissingPersonColumnCode, FindingSeverity.Error, PersonIdPath, "The certifications sheet has no person column; a batch needs one (personId).")]
                    : person.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
                yield return WorkforceEntry.Malformed(row, errors, read.PersonIds[i]);
                continue;
            }
            var document = person.Document;
            yield return WorkforceEntry.ForPerson(row, new Person(document.PersonId!, document.Certifications, document.Transcript), person.Findings);
        }
    }

    /// <summary>How many entries <see cref="Entries"/> yields for <paramref name="read"/>: the rows the workforce pipeline will give.</summary>
    /// <param name="read">What reading the files produced.</param>
    /// <returns>The number of rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="read"/> is null.</exception>
    public static int RowCount(SpreadsheetReadResult read)
    {
        ArgumentNullException.ThrowIfNull(read);
        var attributed = new HashSet<Finding>(read.People.SelectMany(p => p.Findings), ReferenceEqualityComparer.Instance);
        return read.Findings.Count(f => f.Severity == FindingSeverity.Error && !attributed.Contains(f)) + read.People.Length;
    }

    /// <summary>
    /// Evaluates a read workforce through <see cref="WorkforceEvaluator.EvaluateInOrderAsync{TInput}"/>:
    /// one row per entry of <see cref="Entries"/>, in that order, with a repeated person id warned about.
    /// </summary>
    /// <param name="workforce">The workforce evaluator (its cores and policies).</param>
    /// <param name="read">What reading the files produced.</param>
    /// <param name="asOf">The date to evaluate as of.</param>
    /// <param name="cancellationToken">Stops evaluating between people; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The rows, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workforce"/> or <paramref name="read"/> is null.</exception>
    public static IAsyncEnumerable<WorkforceRow> EvaluateInOrderAsync(WorkforceEvaluator workforce, SpreadsheetReadResult read, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workforce);
        ArgumentNullException.ThrowIfNull(read);
        return workforce.EvaluateInOrderAsync(Asynchronous(EntriesOf(read), CancellationToken.None), entry => entry, asOf, cancellationToken);
    }

    /// <summary>Whether <paramref name="finding"/> is the error of a file without a person column, which a workforce needs.</summary>
    /// <param name="finding">A finding of a row.</param>
    /// <returns>True for that error.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="finding"/> is null.</exception>
    public static bool IsMissingPersonColumn(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Code == MissingPersonColumnCode && finding.Path == PersonIdPath && finding.Arguments.Count == 0;
    }

    private static async IAsyncEnumerable<WorkforceEntry> Asynchronous(IEnumerable<WorkforceEntry> entries, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry;
        }
    }
}

/// <summary>One file of an HR export: its name (the one findings use) and how to open it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SpreadsheetFile
{
    private readonly Func<Stream> open;

    /// <summary>Creates a file.</summary>
    /// <param name="name">The file's name, for example "activities.csv"; its extension says whether it is CSV or XLSX.</param>
    /// <param name="open">Opens the file's contents for reading; each stream is closed after reading.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public SpreadsheetFile(string name, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(open);
        Name = name;
        this.open = open;
    }

    /// <summary>The file's name.</summary>
    public string Name { get; }

    /// <summary>Whether the name ends in ".xlsx" (any case): the file is read as a workbook.</summary>
    public bool IsXlsx => IsXlsxName(Name);

    /// <summary>Whether a file of this name is read as a spreadsheet: its name ends in ".csv" or ".xlsx" (any case).</summary>
    /// <param name="name">A file name.</param>
    /// <returns>True for a CSV file or a workbook.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static bool IsSpreadsheet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return IsXlsxName(name) || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsXlsxName(string name) => name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens the file.</summary>
    /// <returns>A stream the caller closes.</returns>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="InvalidOperationException">The opener returned no stream.</exception>
    public Stream Open() => open() ?? throw new InvalidOperationException($"Opening '{Name}' gave no stream.");

    /// <summary>The file's name.</summary>
    public override string ToString() => Name;
}

/// <summary>
/// The files of one HR export: an XLSX workbook, or the activities CSV with the certifications CSV and,
/// optionally, the exam attempts CSV (docs/hr-integration.md).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SpreadsheetFiles
{
    private SpreadsheetFiles(SpreadsheetFile main, SpreadsheetFile? certifications, SpreadsheetFile? examAttempts)
    {
        Main = main;
        Certifications = certifications;
        ExamAttempts = examAttempts;
    }

    /// <summary>The workbook, or the activities CSV.</summary>
    public SpreadsheetFile Main { get; }

    /// <summary>The certifications CSV; null for a workbook.</summary>
    public SpreadsheetFile? Certifications { get; }

    /// <summary>The exam attempts CSV, when given; null for a workbook.</summary>
    public SpreadsheetFile? ExamAttempts { get; }

    /// <summary>An XLSX workbook with its activities, certifications and exam attempts sheets.</summary>
    /// <param name="workbook">The workbook.</param>
    /// <returns>The files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is null.</exception>
    /// <exception cref="ArgumentException">The workbook's name does not end in ".xlsx".</exception>
    public static SpreadsheetFiles Workbook(SpreadsheetFile workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        if (!workbook.IsXlsx)
        {
            throw new ArgumentException($"'{workbook.Name}' is not an XLSX workbook (its name does not end in .xlsx).", nameof(workbook));
        }
        return new SpreadsheetFiles(workbook, null, null);
    }

    /// <summary>CSV files: the activities, the certifications and optionally the exam attempts.</summary>
    /// <param name="activities">The activities file.</param>
    /// <param name="certifications">The certifications file.</param>
    /// <param name="examAttempts">The exam attempts file, or null.</param>
    /// <returns>The files.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activities"/> or <paramref name="certifications"/> is null.</exception>
    public static SpreadsheetFiles Csv(SpreadsheetFile activities, SpreadsheetFile certifications, SpreadsheetFile? examAttempts = null)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(certifications);
        return new SpreadsheetFiles(activities, certifications, examAttempts);
    }

    /// <summary>The files' names.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { Main, Certifications, ExamAttempts }.Where(f => f is not null).Select(f => f!.Name));
}
