using System;
using System.Collections.Generic;
using System.IO;
using CeuRules.Policies;
using CeuRules.Spreadsheets;

namespace CeuRules.Cli;

/// <summary>The spreadsheet options of <c>evaluate</c> and <c>batch</c>: the other CSV files and one's own headers.</summary>
internal sealed record SheetArguments(FileInfo? Certifications, FileInfo? ExamAttempts, IReadOnlyList<string> Columns)
{
    internal static SheetArguments None { get; } = new(null, null, []);
}

/// <summary>
/// An HR export (CSV or XLSX) named on the command line, read through the library's spreadsheet pipeline
/// (<see cref="SpreadsheetWorkforce"/>), with one clear line on stderr when it cannot be read at all.
/// </summary>
internal static class SpreadsheetInput
{
    /// <summary>Whether the file is read as a spreadsheet (by its extension: .csv or .xlsx).</summary>
    internal static bool IsSpreadsheet(FileInfo file) => SpreadsheetFile.IsSpreadsheet(file.Name);

    /// <summary>The people of the file, or null after writing "error: ..." to <paramref name="stderr"/>; a cancelled token throws <see cref="OperationCanceledException"/>.</summary>
    internal static SpreadsheetReadResult? Read(FileInfo file, SheetArguments arguments, PolicyCatalog catalog, TextWriter stderr,
        System.Threading.CancellationToken cancellationToken)
    {
        var options = SpreadsheetReadOptions.Default;
        foreach (var mapping in arguments.Columns)
        {
            try
            {
                options = options.WithColumnMapping(mapping);
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"error: --column '{mapping}': {e.Message}");
                return null;
            }
        }
        static SpreadsheetFile Of(FileInfo f) => new(f.Name, () => new FileStream(f.FullName, FileMode.Open, FileAccess.Read, FileShare.Read));
        var main = Of(file);
        SpreadsheetFiles files;
        if (main.IsXlsx)
        {
            files = SpreadsheetFiles.Workbook(main);
        }
        else if (arguments.Certifications is { } certifications)
        {
            files = SpreadsheetFiles.Csv(main, Of(certifications), arguments.ExamAttempts is { } exams ? Of(exams) : null);
        }
        else
        {
            stderr.WriteLine($"error: '{file}' is a CSV file of activities; name the certifications file too: --certifications certifications.csv (see {DocLinks.To("hr-integration.md")}).");
            return null;
        }
        try
        {
            return SpreadsheetWorkforce.Read(files, options, catalog, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            stderr.WriteLine($"error: cannot read '{file}' or the files named with it: {e.Message}");
            return null;
        }
    }
}
