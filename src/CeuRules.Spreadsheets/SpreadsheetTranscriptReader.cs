using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using CeuRules.Json;
using CeuRules.Policies;

namespace CeuRules.Spreadsheets;

/// <summary>
/// Reads training records as HR departments keep them, from CSV files or an Excel (XLSX) workbook,
/// into the same documents that <see cref="TranscriptJsonReader"/> reads, so that evaluation and
/// reports are the same whatever the input. The layout (docs/hr-integration.md): an activities sheet
/// with one row per activity or per credit line, a certifications sheet, and optionally an exam attempts
/// sheet; a person column ties rows to people. Every bad cell becomes a <see cref="Finding"/> whose path
/// names the sheet, the cell and the column (for example <c>Activities!F14.completedOn</c>) and whose
/// message names the value; reading never throws for bad data.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class SpreadsheetTranscriptReader
{
    /// <summary>The largest file accepted, in bytes (32 MiB).</summary>
    public const int MaxFileBytes = 32 * 1024 * 1024;

    /// <summary>The most data rows read from one sheet or file.</summary>
    public const int MaxRows = 200_000;

    /// <summary>Reads an XLSX workbook with sheets named as in docs/hr-integration.md ("Activities", "Certifications", "Exam attempts", or an alias).</summary>
    /// <param name="workbook">The workbook; read to its end, not closed.</param>
    /// <param name="options">One's own headers; <see cref="SpreadsheetReadOptions.Default"/> when null.</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <param name="name">The file's name, used in findings about the file as a whole.</param>
    /// <param name="cancellationToken">Checked while the file is read and at every row; reading then stops with <see cref="OperationCanceledException"/> and returns nothing.</param>
    /// <returns>The people and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SpreadsheetReadResult ReadXlsx(Stream workbook, SpreadsheetReadOptions? options = null, PolicyCatalog? catalog = null, string name = "workbook",
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new StrongBox<SpreadsheetReadResult?>();
        foreach (bool _ in XlsxSteps(workbook, options, catalog, name, result, cancellationToken))
        {
        }
        return result.Value!;
    }

    /// <summary>
    /// Reads a workbook a step at a time (true for each row read from the file, false for other work), so that a
    /// caller can pause between steps; the result is in <paramref name="result"/> at the end.
    /// </summary>
    internal static IEnumerable<bool> XlsxSteps(Stream workbook, SpreadsheetReadOptions? options, PolicyCatalog? catalog, string name,
        StrongBox<SpreadsheetReadResult?> result, CancellationToken cancellationToken)
    {
        var findings = new SheetFindings();
        if (ReadAll(workbook, name, findings, cancellationToken) is not { } bytes)
        {
            result.Value = new SpreadsheetReadResult([], [], [], findings.ToImmutable());
            yield break;
        }
        using var memory = new MemoryStream(bytes, writable: false);
        var read = new StrongBox<List<Table>?>();
        foreach (bool step in XlsxTables.Steps(memory, name, findings, read, cancellationToken))
        {
            yield return step;
        }
        if (read.Value is not { } tables)
        {
            result.Value = new SpreadsheetReadResult([], [], [], findings.ToImmutable());
            yield break;
        }
        Table? Find(string part) => tables.FirstOrDefault(t =>
            SpreadsheetWords.SheetAliases.TryGetValue(SpreadsheetWords.Normalize(t.Name), out var id) && id == part);
        foreach (var table in tables)
        {
            if (!SpreadsheetWords.SheetAliases.ContainsKey(SpreadsheetWords.Normalize(table.Name)) && (table.Rows.Count > 0 || table.Headers.Count > 0))
            {
                findings.Warning("unknown-sheet", table.Name,
                    $"The sheet {table.Name} of {name} is not one CeuRules reads (Activities, Certifications, Exam attempts); it was ignored.",
                    ("file", name), ("sheet", table.Name));
            }
        }
        var activities = Find("activities");
        var certifications = Find("certifications");
        if (certifications is null)
        {
            findings.Error("missing-sheet", name,
                $"{name} has no certifications sheet (a sheet named \"Certifications\"); its sheets are: {string.Join(", ", tables.Select(t => t.Name))}.",
                ("file", name), ("sheet", "Certifications"));
        }
        if (activities is null)
        {
            findings.Warning("missing-sheet", name,
                $"{name} has no activities sheet (a sheet named \"Activities\"); the certifications are evaluated without any activity.",
                ("file", name), ("sheet", "Activities"));
        }
        var interpreter = new TableInterpreter(findings, options ?? SpreadsheetReadOptions.Default, catalog ?? PolicyCatalog.BuiltIn, cancellationToken);
        foreach (bool step in interpreter.Steps(activities, certifications, Find("examAttempts")))
        {
            yield return step;
        }
        result.Value = interpreter.Result;
    }

    /// <summary>Reads CSV files: the activities, the certifications and optionally the exam attempts.</summary>
    /// <param name="activities">The activities file, or null when there is none; read to its end, not closed.</param>
    /// <param name="certifications">The certifications file; read to its end, not closed.</param>
    /// <param name="examAttempts">The exam attempts file, or null.</param>
    /// <param name="options">One's own headers; <see cref="SpreadsheetReadOptions.Default"/> when null.</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <param name="cancellationToken">Checked while the files are read and at every row; reading then stops with <see cref="OperationCanceledException"/> and returns nothing.</param>
    /// <returns>The people and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certifications"/> is null.</exception>
    /// <exception cref="IOException">A stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SpreadsheetReadResult ReadCsv(Stream? activities, Stream certifications, Stream? examAttempts = null,
        SpreadsheetReadOptions? options = null, PolicyCatalog? catalog = null, CancellationToken cancellationToken = default) =>
        ReadCsv(activities is null ? null : new CsvInput("activities.csv", activities), new CsvInput("certifications.csv", certifications ?? throw new ArgumentNullException(nameof(certifications))),
            examAttempts is null ? null : new CsvInput("exam-attempts.csv", examAttempts), options, catalog, cancellationToken);

    /// <summary>Reads CSV files, each with the name that findings use for it (for example the file's name).</summary>
    /// <param name="activities">The activities file and its name, or null.</param>
    /// <param name="certifications">The certifications file and its name.</param>
    /// <param name="examAttempts">The exam attempts file and its name, or null.</param>
    /// <param name="options">One's own headers; <see cref="SpreadsheetReadOptions.Default"/> when null.</param>
    /// <param name="catalog">The policies that name the known credentials; <see cref="PolicyCatalog.BuiltIn"/> when null.</param>
    /// <param name="cancellationToken">Checked while the files are read and at every row; reading then stops with <see cref="OperationCanceledException"/> and returns nothing.</param>
    /// <returns>The people and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="certifications"/> is null.</exception>
    /// <exception cref="IOException">A stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static SpreadsheetReadResult ReadCsv(CsvInput? activities, CsvInput certifications, CsvInput? examAttempts = null,
        SpreadsheetReadOptions? options = null, PolicyCatalog? catalog = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(certifications);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new StrongBox<SpreadsheetReadResult?>();
        foreach (bool _ in CsvSteps(activities, certifications, examAttempts, options, catalog, result, cancellationToken))
        {
        }
        return result.Value!;
    }

    /// <summary>Reads CSV files a step at a time (true for each row read from a file), as <see cref="XlsxSteps"/> does.</summary>
    internal static IEnumerable<bool> CsvSteps(CsvInput? activities, CsvInput certifications, CsvInput? examAttempts, SpreadsheetReadOptions? options, PolicyCatalog? catalog,
        StrongBox<SpreadsheetReadResult?> result, CancellationToken cancellationToken)
    {
        var findings = new SheetFindings();
        var tables = new Table?[3];
        var files = new[] { activities, certifications, examAttempts };
        for (int i = 0; i < files.Length; i++)
        {
            if (files[i] is { } file && ReadAll(file.Stream, file.Name, findings, cancellationToken) is { } bytes)
            {
                var table = new StrongBox<Table?>();
                foreach (bool step in CsvTables.Steps(bytes, file.Name, findings, table, cancellationToken))
                {
                    yield return step;
                }
                tables[i] = table.Value;
            }
        }
        var interpreter = new TableInterpreter(findings, options ?? SpreadsheetReadOptions.Default, catalog ?? PolicyCatalog.BuiltIn, cancellationToken);
        foreach (bool step in interpreter.Steps(tables[0], tables[1], tables[2]))
        {
            yield return step;
        }
        result.Value = interpreter.Result;
    }

    private static byte[]? ReadAll(Stream stream, string name, SheetFindings findings, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > MaxFileBytes)
            {
                findings.Error("file-too-large", name, $"{name} has more than {MaxFileBytes} bytes.", ("file", name), ("limit", MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

/// <summary>A CSV file to read: its stream and the name findings use for it (for example the file's name).</summary>
/// <remarks>This type is immutable; the stream is read once, to its end, and not closed.</remarks>
public sealed class CsvInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="name">The name findings use, for example "activities.csv".</param>
    /// <param name="stream">The file's contents.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public CsvInput(string name, Stream stream)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(stream);
        Name = name;
        Stream = stream;
    }

    /// <summary>The name findings use.</summary>
    public string Name { get; }

    /// <summary>The file's contents.</summary>
    public Stream Stream { get; }

    /// <summary>Returns the name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
