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

    /// <summary>The people of the file, or null after writing an error line to <paramref name="errors"/>; a cancelled token throws <see cref="OperationCanceledException"/>.</summary>
    internal static SpreadsheetReadResult? Read(FileInfo file, SheetArguments arguments, PolicyCatalog catalog, ErrorLines errors,
        System.Threading.CancellationToken cancellationToken)
    {
        var options = SpreadsheetReadOptions.Default;
        foreach (var mapping in arguments.Columns)
        {
            try
            {
                options = options.WithColumnMapping(mapping);
            }
            catch (ArgumentException)
            {
                errors.Error(FindingCodes.InvalidColumnMapping, "--column", ("value", mapping));
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
            errors.Error(FindingCodes.MissingCertificationsFile, file.ToString(), ("file", file.ToString()), ("guide", DocLinks.To("hr-integration.md")));
            return null;
        }
        try
        {
            return SpreadsheetWorkforce.Read(files, options, catalog, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            // The file that failed is the spreadsheet or one named with it; the reason is coded, never the exception's message.
            errors.Error(FindingCodes.CannotRead, file.ToString(), ("what", "spreadsheet"), ("file", file.ToString()), ("reason", FindingCodes.ReadProblem(e)));
            return null;
        }
    }
}
