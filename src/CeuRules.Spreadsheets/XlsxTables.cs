using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using NodaTime.Text;

namespace CeuRules.Spreadsheets;

/// <summary>
/// Reads the sheets of an XLSX workbook into <see cref="Table"/>s with the Open XML SDK: shared and
/// inline strings, numbers, booleans, error values, the cached value of a formula, date cells in either
/// date system (by the cell's number format), and merged ranges (their value repeated over the range,
/// with a warning). The first non-blank row of a sheet is its header.
/// </summary>
internal static class XlsxTables
{
    /// <summary>
    /// The most characters in one part (a sheet): 512 Mi, room for the most rows read (200,000) of a wide sheet
    /// written with inline strings (about 700 characters a row for 14 columns). A sheet is read a row at a time,
    /// so the limit bounds the time a crafted file can take, not the memory.
    /// </summary>
    private const long MaxCharactersInPart = 512L * 1024 * 1024;

    /// <summary>The workbook's sheets by name, in workbook order, or null when the bytes are not a workbook.</summary>
    internal static List<Table>? Read(Stream stream, string name, SheetFindings findings, CancellationToken cancellationToken = default)
    {
        var result = new StrongBox<List<Table>?>();
        foreach (bool _ in Steps(stream, name, findings, result, cancellationToken))
        {
        }
        return result.Value;
    }

    /// <summary>
    /// Reads the workbook a step at a time: one step per shared string and per row (true for a row), so that a
    /// caller can pause between steps. The sheets (or null when the bytes are not a workbook) are in <paramref name="result"/>
    /// at the end. Every part is read with the SDK's forward reader, an element at a time, never as a whole tree.
    /// </summary>
    internal static IEnumerable<bool> Steps(Stream stream, string name, SheetFindings findings, StrongBox<List<Table>?> result, CancellationToken cancellationToken)
    {
        using var steps = Unguarded(stream, name, findings, result, cancellationToken).GetEnumerator();
        while (true)
        {
            try
            {
                if (!steps.MoveNext())
                {
                    yield break;
                }
            }
#pragma warning disable CA1031 // A file that is not a readable workbook is a finding, whatever the SDK throws for it.
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
#pragma warning restore CA1031
            {
                // The SDK's own message is English made outside the words layer; the finding says what it is by code.
                result.Value = null;
                findings.Error("not-a-workbook", name, $"{name} is not an Excel workbook (XLSX) that can be read.", ("file", name));
                yield break;
            }
            yield return steps.Current;
        }
    }

    private static IEnumerable<bool> Unguarded(Stream stream, string name, SheetFindings findings, StrongBox<List<Table>?> result, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
        var workbookPart = document.WorkbookPart;
        if (workbookPart?.Workbook?.Sheets is not { } sheets)
        {
            findings.Error("not-a-workbook", name, $"{name} holds no workbook.", ("file", name));
            result.Value = null;
            yield break;
        }
        var system = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true ? DateSystem.Date1904 : DateSystem.Date1900;
        var strings = new List<string>();
        if (workbookPart.SharedStringTablePart is { } sharedStrings)
        {
            foreach (var item in Elements(sharedStrings, typeof(SharedStringItem)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                strings.Add(TextOf(item));
                yield return false;
            }
        }
        var dateStyles = DateStyles(workbookPart.WorkbookStylesPart?.Stylesheet);
        var tables = new List<Table>();
        foreach (var sheet in sheets.Elements<Sheet>())
        {
            if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }
            var read = new StrongBox<Table?>();
            foreach (bool step in ReadSheet(part, sheet.Name?.Value ?? $"Sheet{tables.Count + 1}", system, strings, dateStyles, findings, read, cancellationToken))
            {
                yield return step;
            }
            tables.Add(read.Value!);
        }
        result.Value = tables;
    }

    /// <summary>The elements of the given types in a part, each loaded alone (with its children) as the forward reader reaches it.</summary>
    private static IEnumerable<OpenXmlElement> Elements(OpenXmlPart part, params Type[] types)
    {
        using var reader = OpenXmlReader.Create(part);
        bool more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && Array.IndexOf(types, reader.ElementType) >= 0)
            {
                // Loading the element moves the reader past it, onto what follows.
                var element = reader.LoadCurrentElement()!;
                yield return element;
                more = !reader.EOF;
                continue;
            }
            more = reader.Read();
        }
    }

    private static IEnumerable<bool> ReadSheet(WorksheetPart part, string sheetName, DateSystem system, List<string> strings, HashSet<uint> dateStyles, SheetFindings findings,
        StrongBox<Table?> result, CancellationToken cancellationToken)
    {
        var rows = new SortedDictionary<int, Dictionary<int, Cell>>();
        var merges = new List<MergeCell>();
        int rowIndex = 0;
        bool full = false;
        foreach (var element in Elements(part, typeof(Row), typeof(MergeCell)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (element is MergeCell merge)
            {
                merges.Add(merge);
                continue;
            }
            if (full)
            {
                // The sheet is refused; what follows is not read.
                break;
            }
            var row = (Row)element;
            rowIndex = row.RowIndex?.Value is { } r and > 0 ? (int)Math.Min(r, int.MaxValue) : rowIndex + 1;
            if (rows.Count > SpreadsheetTranscriptReader.MaxRows)
            {
                findings.Error("too-many-rows", $"{sheetName}!{rowIndex}", $"The sheet {sheetName} has more than {SpreadsheetTranscriptReader.MaxRows} rows; the rest were not read.",
                    ("sheet", sheetName), ("limit", SpreadsheetTranscriptReader.MaxRows.ToString(CultureInfo.InvariantCulture)));
                full = true;
                continue;
            }
            var cells = new Dictionary<int, Cell>();
            int column = -1;
            foreach (var cell in row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>())
            {
                column = ParseColumn(cell.CellReference?.Value) ?? column + 1;
                if (column > 16_383)
                {
                    continue;
                }
                var value = ReadCell(cell, system, strings, dateStyles);
                if (value.Kind != CellKind.Empty)
                {
                    cells[column] = value;
                }
            }
            if (cells.Count > 0)
            {
                rows[rowIndex] = cells;
            }
            yield return true;
        }
        Merge(merges, sheetName, rows, findings);

        var headers = new List<string>();
        var data = new List<TableRow>();
        if (rows.Count > 0)
        {
            var header = rows.First();
            int width = header.Value.Keys.Max() + 1;
            for (int c = 0; c < width; c++)
            {
                headers.Add(header.Value.TryGetValue(c, out var h) ? h.Text : string.Empty);
            }
            foreach (var (number, cells) in rows)
            {
                if (number <= header.Key)
                {
                    continue;
                }
                var array = new Cell[Math.Max(width, cells.Keys.Max() + 1)];
                Array.Fill(array, Cell.Empty);
                foreach (var (c, value) in cells)
                {
                    array[c] = value;
                }
                data.Add(new TableRow(number, array));
            }
        }
        result.Value = new Table(sheetName, headers, data, system);
    }

    private static Cell ReadCell(DocumentFormat.OpenXml.Spreadsheet.Cell cell, DateSystem system, List<string> strings, HashSet<uint> dateStyles)
    {
        string? raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return Cell.FromText(cell.InlineString is { } inline ? TextOf(inline) : string.Empty);
        }
        if (raw is null)
        {
            return cell.CellFormula is { } formula
                ? new Cell(CellKind.Error, "=" + formula.Text, Note: "formula-without-value")
                : Cell.Empty;
        }
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < strings.Count
                ? Cell.FromText(strings[index])
                : new Cell(CellKind.Error, raw, Note: "bad-shared-string");
        }
        if (type == CellValues.Boolean)
        {
            return new Cell(CellKind.Boolean, raw is "1" or "true" ? "TRUE" : "FALSE", raw is "1" or "true" ? 1 : 0);
        }
        if (type == CellValues.Error)
        {
            return new Cell(CellKind.Error, raw, Note: "error-value");
        }
        if (type == CellValues.String)
        {
            return Cell.FromText(raw);
        }
        if (type == CellValues.Date)
        {
            var parsed = LocalDateTimePattern.ExtendedIso.Parse(raw);
            var date = parsed.Success ? parsed.Value.Date : LocalDatePattern.Iso.Parse(raw) is { Success: true } d ? d.Value : (NodaTime.LocalDate?)null;
            return date is { } value ? new Cell(CellKind.Date, raw, Date: value) : new Cell(CellKind.Error, raw, Note: "bad-date-cell");
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
        {
            return new Cell(CellKind.Error, raw, Note: "bad-number");
        }
        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style))
        {
            return SerialDates.ToDate(number, system) is { } date
                ? new Cell(CellKind.Date, raw, number, date)
                : new Cell(CellKind.Error, raw, number, Note: "bad-serial-date");
        }
        return Cell.FromNumber(number);
    }

    /// <summary>Repeats each merged range's value over the range, with a warning naming it.</summary>
    private static void Merge(List<MergeCell> merges, string sheetName, SortedDictionary<int, Dictionary<int, Cell>> rows, SheetFindings findings)
    {
        foreach (var merge in merges)
        {
            string? reference = merge.Reference?.Value;
            var bounds = reference?.Split(':');
            if (bounds is not { Length: 2 } || ParseCell(bounds[0]) is not { } from || ParseCell(bounds[1]) is not { } to
                || to.Row < from.Row || to.Column < from.Column || (long)(to.Row - from.Row + 1) * (to.Column - from.Column + 1) > 100_000)
            {
                continue;
            }
            var value = rows.TryGetValue(from.Row, out var first) && first.TryGetValue(from.Column, out var v) ? v : Cell.Empty;
            for (int r = from.Row; r <= to.Row; r++)
            {
                for (int c = from.Column; c <= to.Column; c++)
                {
                    if (value.Kind == CellKind.Empty)
                    {
                        continue;
                    }
                    if (!rows.TryGetValue(r, out var cells))
                    {
                        rows[r] = cells = new Dictionary<int, Cell>();
                    }
                    cells[c] = value;
                }
            }
            findings.Warning("merged-cells", $"{sheetName}!{reference}",
                $"The cells {reference} of {sheetName} are merged; {(value.Kind == CellKind.Empty ? "they are empty" : $"the value '{value.Text}' was read in each of them")}. Unmerge them to be sure each row says what it means.",
                ("sheet", sheetName), ("range", reference!), ("value", value.Text));
        }
    }

    private static (int Row, int Column)? ParseCell(string reference)
    {
        int i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            i++;
        }
        return ParseColumn(reference[..i]) is { } column && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out int row) && row > 0
            ? (row, column)
            : null;
    }

    /// <summary>The zero-based column of a reference such as "F14" or "AA", or null.</summary>
    private static int? ParseColumn(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        int column = 0;
        int i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 3; i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        }
        return i == 0 ? null : column - 1;
    }

    /// <summary>The text of a string item: its plain text, or its rich-text runs, without phonetic guides.</summary>
    private static string TextOf(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } text)
        {
            return text.Text;
        }
        return string.Concat(item.Elements<Run>().Select(run => run.Text?.Text ?? string.Empty));
    }

    /// <summary>The cell format indexes whose number format shows a date.</summary>
    private static HashSet<uint> DateStyles(Stylesheet? stylesheet)
    {
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? new Dictionary<uint, string>();
        var styles = new HashSet<uint>();
        uint index = 0;
        foreach (var format in stylesheet?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            uint id = format.NumberFormatId?.Value ?? 0;
            if (id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58)
                || (custom.TryGetValue(id, out var code) && IsDateFormat(code)))
            {
                styles.Add(index);
            }
            index++;
        }
        return styles;
    }

    /// <summary>Whether a number format code shows a day, month or year (outside quoted text, escapes and brackets).</summary>
    internal static bool IsDateFormat(string code)
    {
        bool quoted = false;
        bool bracket = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (quoted)
            {
                continue;
            }
            else if (c == '\\' || c == '_' || c == '*')
            {
                i++;
            }
            else if (c == '[')
            {
                bracket = true;
            }
            else if (c == ']')
            {
                bracket = false;
            }
            else if (!bracket && char.ToLowerInvariant(c) is 'd' or 'y' or 'm' && !code.Contains('h', StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            else if (!bracket && char.ToLowerInvariant(c) is 'd' or 'y')
            {
                return true;
            }
        }
        return false;
    }
}
