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

/// <summary>Reading an HR export (CSV or XLSX) given on the command line, with one clear line on stderr when that fails.</summary>
internal static class SpreadsheetInput
{
    /// <summary>Whether the file is read as a spreadsheet (by its extension: .csv or .xlsx).</summary>
    internal static bool IsSpreadsheet(FileInfo file) =>
        file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) || file.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>The people of the file, or null after writing "error: ..." to <paramref name="stderr"/>.</summary>
    internal static SpreadsheetReadResult? Read(FileInfo file, SheetArguments arguments, PolicyCatalog catalog, TextWriter stderr)
    {
        var options = SpreadsheetReadOptions.Default;
        foreach (var mapping in arguments.Columns)
        {
            int equals = mapping.LastIndexOf('=');
            try
            {
                if (equals <= 0)
                {
                    throw new ArgumentException("expected HEADER=COLUMN-ID, for example \"Employee #=personId\".");
                }
                options = options.WithColumn(mapping[..equals], mapping[(equals + 1)..].Trim());
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"error: --column '{mapping}': {e.Message}");
                return null;
            }
        }
        var streams = new List<Stream>();
        try
        {
            Stream Open(FileInfo f)
            {
                var stream = new FileStream(f.FullName, FileMode.Open, FileAccess.Read, FileShare.Read);
                streams.Add(stream);
                return stream;
            }
            if (file.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                return SpreadsheetTranscriptReader.ReadXlsx(Open(file), options, catalog, file.Name);
            }
            if (arguments.Certifications is not { } certifications)
            {
                stderr.WriteLine($"error: '{file}' is a CSV file of activities; name the certifications file too: --certifications certifications.csv (see {DocLinks.To("hr-integration.md")}).");
                return null;
            }
            return SpreadsheetTranscriptReader.ReadCsv(new CsvInput(file.Name, Open(file)), new CsvInput(certifications.Name, Open(certifications)),
                arguments.ExamAttempts is { } exams ? new CsvInput(exams.Name, Open(exams)) : null, options, catalog);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            stderr.WriteLine($"error: cannot read '{file}' or the files named with it: {e.Message}");
            return null;
        }
        finally
        {
            foreach (var stream in streams)
            {
                stream.Dispose();
            }
        }
    }
}
