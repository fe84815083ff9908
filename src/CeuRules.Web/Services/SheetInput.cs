using System;
using System.Collections.Generic;
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
    /// <summary>Whether the file is read as a spreadsheet (by its extension, as the command line does).</summary>
    internal static bool IsSpreadsheet(DroppedFile file) => file.IsXlsx || file.IsCsv;

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
                throw new SheetInputException(SheetProblem.Mapping, mapping, e.Message);
            }
        }
        return options;
    }

    /// <summary>Reads the people of <paramref name="file"/> (XLSX, or activities CSV with <paramref name="certifications"/>).</summary>
    /// <exception cref="SheetInputException">A CSV file of activities came without its certifications file.</exception>
    internal static SpreadsheetReadResult Read(DroppedFile file, DroppedFile? certifications, DroppedFile? examAttempts, SpreadsheetReadOptions options, PolicyCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.IsXlsx)
        {
            using var workbook = file.Open();
            return SpreadsheetTranscriptReader.ReadXlsx(workbook, options, catalog, file.Name);
        }
        if (certifications is null)
        {
            throw new SheetInputException(SheetProblem.CertificationsMissing, file.Name, null);
        }
        var streams = new List<IDisposable>();
        try
        {
            CsvInput Input(DroppedFile f)
            {
                var stream = f.Open();
                streams.Add(stream);
                return new CsvInput(f.Name, stream);
            }
            return SpreadsheetTranscriptReader.ReadCsv(Input(file), Input(certifications), examAttempts is null ? null : Input(examAttempts), options, catalog);
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

/// <summary>What kept a spreadsheet from being read at all.</summary>
internal enum SheetProblem
{
    /// <summary>A CSV file of activities came without the certifications CSV.</summary>
    CertificationsMissing,

    /// <summary>A column-mapping line is not <c>HEADER=ID</c>, or names no known column id.</summary>
    Mapping,
}

/// <summary>A spreadsheet that cannot be read at all, with what to show: the problem, the file or mapping it concerns, and the reader's reason.</summary>
internal sealed class SheetInputException : Exception
{
    internal SheetInputException(SheetProblem problem, string subject, string? detail)
        : base($"{problem}: {subject}{(detail is null ? string.Empty : ": " + detail)}")
    {
        Problem = problem;
        Subject = subject;
        Detail = detail;
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

    internal string? Detail { get; }
}
