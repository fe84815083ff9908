using System;
using CeuRules.Policies;
using CeuRules.Spreadsheets;

namespace CeuRules.Web.Services;

/// <summary>
/// Reading an HR export in the page the way <c>ceurules evaluate</c> and <c>ceurules batch</c> read it from
/// disk: an XLSX workbook, or a CSV file of activities with the certifications CSV (and optionally the exam
/// attempts CSV), with the same column mapping (<c>HEADER=ID</c>, one a line). Every bad cell becomes the
/// spreadsheet reader's own coded finding; what the reader cannot be asked at all (a CSV without its
/// certifications file, a malformed mapping) is a <see cref="SheetInputException"/> with a plain reason.
/// </summary>
internal static class SheetInput
{
    /// <summary>The reading options with each mapping line (<c>Staff #=personId</c>) applied; blank lines are skipped.</summary>
    /// <exception cref="SheetInputException">A line is not <c>HEADER=ID</c> or names no column id.</exception>
    internal static SpreadsheetReadOptions Options(string? mappings)
    {
        var options = SpreadsheetReadOptions.Default;
        foreach (var raw in (mappings ?? string.Empty).Split('\n'))
        {
            string mapping = raw.Trim();
            if (mapping.Length == 0)
            {
                continue;
            }
            try
            {
                options = options.WithColumnMapping(mapping);
            }
            catch (ArgumentException)
            {
                // The page says what a mapping must be; the parser's English message is never shown.
                throw new SheetInputException(SheetProblem.Mapping, mapping);
            }
        }
        return options;
    }

    /// <summary>The files to read: the workbook, or the activities CSV with <paramref name="certifications"/> and <paramref name="examAttempts"/>.</summary>
    /// <exception cref="SheetInputException">A CSV file of activities came without its certifications file.</exception>
    internal static SpreadsheetFiles Files(DroppedFile file, DroppedFile? certifications, DroppedFile? examAttempts)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.IsXlsx)
        {
            return SpreadsheetFiles.Workbook(Of(file));
        }
        if (certifications is null)
        {
            throw new SheetInputException(SheetProblem.CertificationsMissing, file.Name);
        }
        return SpreadsheetFiles.Csv(Of(file), Of(certifications), examAttempts is null ? null : Of(examAttempts));
    }

    /// <summary>Reads the people of <paramref name="file"/> (XLSX, or activities CSV with <paramref name="certifications"/>).</summary>
    /// <exception cref="SheetInputException">A CSV file of activities came without its certifications file.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal static SpreadsheetReadResult Read(DroppedFile file, DroppedFile? certifications, DroppedFile? examAttempts, SpreadsheetReadOptions options, PolicyCatalog catalog,
        System.Threading.CancellationToken cancellationToken = default) =>
        SpreadsheetWorkforce.Read(Files(file, certifications, examAttempts), options, catalog, cancellationToken);

    /// <summary>Reads the people as <see cref="Read"/> does, in slices between which the page paints, telling <paramref name="rowsRead"/> how far it is.</summary>
    /// <exception cref="SheetInputException">A CSV file of activities came without its certifications file.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    internal static System.Threading.Tasks.Task<SpreadsheetReadResult> ReadAsync(DroppedFile file, DroppedFile? certifications, DroppedFile? examAttempts,
        SpreadsheetReadOptions options, PolicyCatalog catalog, IProgress<int>? rowsRead, System.Threading.CancellationToken cancellationToken) =>
        SpreadsheetWorkforce.ReadAsync(Files(file, certifications, examAttempts), options, catalog, rowsRead, cancellationToken);

    private static SpreadsheetFile Of(DroppedFile file) => new(file.Name, file.Open);
}

/// <summary>What kept a spreadsheet from being read at all.</summary>
internal enum SheetProblem
{
    /// <summary>A CSV file of activities came without the certifications CSV.</summary>
    CertificationsMissing,

    /// <summary>A column-mapping line is not <c>HEADER=ID</c>, or names no known column id.</summary>
    Mapping,
}

/// <summary>A spreadsheet that cannot be read at all, with what to show: the problem and the file or mapping it concerns.</summary>
internal sealed class SheetInputException : Exception
{
    internal SheetInputException(SheetProblem problem, string subject)
        : base($"{problem}: {subject}")
    {
        Problem = problem;
        Subject = subject;
    }

    public SheetInputException()
    {
        Subject = string.Empty;
    }

    public SheetInputException(string message)
        : base(message)
    {
        Subject = string.Empty;
    }

    public SheetInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Subject = string.Empty;
    }

    internal SheetProblem Problem { get; }

    internal string Subject { get; }
}
