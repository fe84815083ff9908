using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
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
    private const long MaxCharactersInPart = 64L * 1024 * 1024;

    /// <summary>The workbook's sheets by name, in workbook order, or null when the bytes are not a workbook.</summary>
    internal static List<Table>? Read(Stream stream, string name, SheetFindings findings, CancellationToken cancellationToken = default)
    {
        try
        {
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbookPart = document.WorkbookPart;
            if (workbookPart?.Workbook?.Sheets is not { } sheets)
            {
                findings.Error("not-a-workbook", name, $"{name} holds no workbook.", ("file", name));
                return null;
            }
            var system = workbookPart.Workbook.WorkbookProperties?.Date1904?.Value == true ? DateSystem.Date1904 : DateSystem.Date1900;
            var strings = workbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToArray() ?? [];
            var dateStyles = DateStyles(workbookPart.WorkbookStylesPart?.Stylesheet);
            var tables = new List<Table>();
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                if (sheet.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }
                tables.Add(ReadSheet(part, sheet.Name?.Value ?? $"Sheet{tables.Count + 1}", system, strings, dateStyles, findings, cancellationToken));
            }
            return tables;
        }
#pragma warning disable CA1031 // A file that is not a readable workbook is a finding, whatever the SDK throws for it.
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
#pragma warning restore CA1031
        {
            findings.Error("not-a-workbook", name, $"{name} is not an Excel workbook (XLSX) that can be read: {e.Message}", ("file", name));
            return null;
        }
    }

    private static Table ReadSheet(WorksheetPart part, string sheetName, DateSystem system, string[] strings, HashSet<uint> dateStyles, SheetFindings findings, CancellationToken cancellationToken)
    {
        var rows = new SortedDictionary<int, Dictionary<int, Cell>>();
        int rowIndex = 0;
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            cancellationToken.ThrowIfCancellationRequested();
            rowIndex = row.RowIndex?.Value is { } r and > 0 ? (int)Math.Min(r, int.MaxValue) : rowIndex + 1;
            if (rows.Count > SpreadsheetTranscriptReader.MaxRows)
            {
                findings.Error("too-many-rows", $"{sheetName}!{rowIndex}", $"The sheet {sheetName} has more than {SpreadsheetTranscriptReader.MaxRows} rows; the rest were not read.",
                    ("sheet", sheetName), ("limit", SpreadsheetTranscriptReader.MaxRows.ToString(CultureInfo.InvariantCulture)));
                break;
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
        }
        Merge(part, sheetName, rows, findings);

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
        return new Table(sheetName, headers, data, system);
    }

    private static Cell ReadCell(DocumentFormat.OpenXml.Spreadsheet.Cell cell, DateSystem system, string[] strings, HashSet<uint> dateStyles)
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
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < strings.Length
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
    private static void Merge(WorksheetPart part, string sheetName, SortedDictionary<int, Dictionary<int, Cell>> rows, SheetFindings findings)
    {
        foreach (var merge in part.Worksheet?.Elements<MergeCells>().SelectMany(m => m.Elements<MergeCell>()) ?? [])
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
