using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using XlsxCell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace CeuRules.Spreadsheets;

/// <summary>One sheet to write: its name, its header row, its rows (each as long as the headers) and the widths of some of its columns by header.</summary>
internal sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows, IReadOnlyDictionary<string, double> Widths);

/// <summary>
/// Writes workbooks with the Open XML SDK, the one XLSX library of the package (it also reads them, in
/// <see cref="XlsxTables"/>). Rows are streamed into each sheet's part, never built as a tree of elements; the
/// compressed workbook is buffered, then copied to the stream (which need not seek). Cells:
/// text (inline, with characters that XML cannot hold replaced by U+FFFD), numbers, and dates shown as
/// <c>yyyy-mm-dd</c>; never a formula. Callers guard formula-like text with <see cref="CsvCells.Inert"/>.
/// </summary>
internal static class XlsxWriter
{
    private const uint DateStyle = 1;
    private const uint HeaderStyle = 2;
    private static readonly DateTime Epoch = new(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified);

    /// <summary>
    /// Writes <paramref name="sheets"/> as a workbook to <paramref name="stream"/>, which stays open. The token is
    /// checked at every row; cancelled, nothing has reached the stream, since the workbook is copied there only whole.
    /// </summary>
    internal static void Write(Stream stream, IEnumerable<XlsxSheet> sheets, CancellationToken cancellationToken = default)
    {
        // The package writes to a buffer it can seek; the stream given may not (a response body).
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var list = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var sheet in sheets)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                WriteSheet(part, sheet, cancellationToken);
                list.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = sheetId++, Name = sheet.Name });
            }
            workbookPart.Workbook.Save();
        }
        cancellationToken.ThrowIfCancellationRequested();
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void WriteSheet(WorksheetPart part, XlsxSheet sheet, CancellationToken cancellationToken)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteStartElement(new SheetViews());
        writer.WriteStartElement(new SheetView { WorkbookViewId = 0 });
        writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
        writer.WriteEndElement();
        writer.WriteEndElement();
        var widths = new List<Column>();
        for (int i = 0; i < sheet.Headers.Count; i++)
        {
            if (sheet.Widths.TryGetValue(sheet.Headers[i], out double width))
            {
                widths.Add(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true });
            }
        }
        if (widths.Count > 0)
        {
            writer.WriteStartElement(new Columns());
            foreach (var column in widths)
            {
                writer.WriteElement(column);
            }
            writer.WriteEndElement();
        }
        writer.WriteStartElement(new SheetData());
        uint rowIndex = 1;
        WriteRow(writer, rowIndex++, sheet.Headers, HeaderStyle);
        foreach (var row in sheet.Rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            WriteRow(writer, rowIndex++, row, 0);
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, IReadOnlyList<object?> values, uint textStyle)
    {
        writer.WriteStartElement(new Row { RowIndex = rowIndex });
        for (int i = 0; i < values.Count; i++)
        {
            if (CellOf(values[i], Table.ColumnLetters(i) + rowIndex.ToString(CultureInfo.InvariantCulture), textStyle) is { } cell)
            {
                writer.WriteElement(cell);
            }
        }
        writer.WriteEndElement();
    }

    private static void WriteRow(OpenXmlWriter writer, uint rowIndex, IReadOnlyList<string> headers, uint style)
    {
        var values = new object?[headers.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = headers[i];
        }
        WriteRow(writer, rowIndex, values, style);
    }

    /// <summary>
    /// The cell of a value, or null for an empty one. Numbers are exact (decimal, int, long): an amount is never
    /// passed through a binary double on its way to a cell, and any other type is refused.
    /// </summary>
    internal static XlsxCell? CellOf(object? value, string reference, uint textStyle = 0) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        string text => new XlsxCell(new InlineString(new Text(XmlSafe(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = textStyle == 0 ? null : (UInt32Value)textStyle,
        },
        DateTime date => new XlsxCell(new CellValue((date.Date - Epoch).Days)) { CellReference = reference, StyleIndex = DateStyle },
        decimal number => new XlsxCell(new CellValue(number)) { CellReference = reference },
        int number => new XlsxCell(new CellValue(number)) { CellReference = reference },
        long number => new XlsxCell(new CellValue(number.ToString(CultureInfo.InvariantCulture))) { CellReference = reference },
        _ => throw new ArgumentException($"A workbook cell cannot hold a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>The text with every character that XML 1.0 cannot hold (most control characters, lone surrogates) replaced by U+FFFD.</summary>
    internal static string XmlSafe(string text)
    {
        int i = 0;
        while (i < text.Length && IsXmlChar(text, i))
        {
            i += char.IsHighSurrogate(text[i]) ? 2 : 1;
        }
        if (i == text.Length)
        {
            return text;
        }
        var safe = new StringBuilder(text.Length);
        safe.Append(text, 0, i);
        while (i < text.Length)
        {
            if (IsXmlChar(text, i))
            {
                int length = char.IsHighSurrogate(text[i]) ? 2 : 1;
                safe.Append(text, i, length);
                i += length;
            }
            else
            {
                safe.Append('\uFFFD');
                i++;
            }
        }
        return safe.ToString();
    }

    private static bool IsXmlChar(string text, int i)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }
        return c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD');
    }

    /// <summary>The styles: 0 plain, 1 a date (<c>yyyy-mm-dd</c>), 2 a bold header.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true })
        { Count = 3 });
}
