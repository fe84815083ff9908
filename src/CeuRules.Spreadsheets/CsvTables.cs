using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using Sylvan.Data.Csv;

namespace CeuRules.Spreadsheets;

/// <summary>
/// Reads a CSV file into a <see cref="Table"/> with Sylvan.Data.Csv. The encoding is taken from a
/// byte-order mark (UTF-8 or UTF-16), else UTF-8 when the bytes are valid UTF-8, else Windows-1252,
/// which is what spreadsheet programs on Windows write as "CSV"; the delimiter (comma, semicolon, tab or
/// bar) is detected from the header row.
/// </summary>
internal static class CsvTables
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static Table? Read(byte[] bytes, string name, SheetFindings findings, CancellationToken cancellationToken)
    {
        var result = new StrongBox<Table?>();
        foreach (bool _ in Steps(bytes, name, findings, result, cancellationToken))
        {
        }
        return result.Value;
    }

    /// <summary>Reads the file a step at a time, one step (true) per row, so that a caller can pause between rows; the table, or null, is in <paramref name="result"/> at the end.</summary>
    internal static IEnumerable<bool> Steps(byte[] bytes, string name, SheetFindings findings, StrongBox<Table?> result, CancellationToken cancellationToken)
    {
        using var steps = Unguarded(bytes, name, findings, result, cancellationToken).GetEnumerator();
        while (true)
        {
            try
            {
                if (!steps.MoveNext())
                {
                    yield break;
                }
            }
            catch (CsvFormatException)
            {
                // The parser's own message is English made outside the words layer; the place and the file say where.
                result.Value = null;
                findings.Error("not-csv", name, $"{name} is not a CSV file that can be read.", ("file", name));
                yield break;
            }
            yield return steps.Current;
        }
    }

    private static IEnumerable<bool> Unguarded(byte[] bytes, string name, SheetFindings findings, StrongBox<Table?> result, CancellationToken cancellationToken)
    {
        string text = Decode(bytes, name, findings);
        using var reader = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions
        {
            HasHeaders = true,
            MaxBufferSize = 1 << 24,
        });
        var headers = new string[reader.FieldCount];
        for (int i = 0; i < headers.Length; i++)
        {
            headers[i] = reader.GetName(i);
        }
        var rows = new List<TableRow>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var cells = new Cell[reader.RowFieldCount];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = Cell.FromText(reader.GetString(i));
            }
            // Sylvan numbers data records from 1; the header is the spreadsheet's row 1.
            rows.Add(new TableRow(reader.RowNumber + 1, cells));
            if (rows.Count > SpreadsheetTranscriptReader.MaxRows)
            {
                findings.Error("too-many-rows", $"{name}!{rows.Count + 1}", $"{name} has more than {SpreadsheetTranscriptReader.MaxRows} rows; at most that many are read.",
                    ("file", name), ("limit", SpreadsheetTranscriptReader.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                result.Value = null;
                yield break;
            }
            yield return true;
        }
        result.Value = new Table(name, headers, rows, null);
    }

    private static string Decode(byte[] bytes, string name, SheetFindings findings)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            findings.Info("encoding-windows-1252", name,
                $"{name} is not UTF-8; it was read as Windows-1252, the encoding spreadsheet programs on Windows use for CSV. Save it as \"CSV UTF-8\" to be sure of accented names.",
                ("file", name));
            return Windows1252.GetString(bytes);
        }
    }

    private static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;
}
