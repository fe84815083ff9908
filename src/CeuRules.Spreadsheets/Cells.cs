using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;

namespace CeuRules.Spreadsheets;

/// <summary>What a cell holds, as the file stored it.</summary>
internal enum CellKind
{
    Empty,
    Text,
    Number,
    Date,
    Boolean,
    Error,
}

/// <summary>
/// One cell as read from a CSV or XLSX file: its kind, its text as a person sees it, and for numbers and
/// date cells the value. A date cell whose serial number is not a date has kind <see cref="CellKind.Error"/>.
/// </summary>
internal readonly record struct Cell(CellKind Kind, string Text, double Number = 0, LocalDate Date = default, string? Note = null)
{
    internal static Cell Empty { get; } = new(CellKind.Empty, string.Empty);

    internal bool IsBlank => Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text));

    internal static Cell FromText(string text) => string.IsNullOrEmpty(text) ? Empty : new(CellKind.Text, text);

    internal static Cell FromNumber(double number) => new(CellKind.Number, number.ToString("R", CultureInfo.InvariantCulture), number);
}

/// <summary>One data row: its number as the spreadsheet shows it (the header is row 1) and its cells by column.</summary>
internal sealed record TableRow(int Number, Cell[] Cells)
{
    internal Cell this[int column] => column < Cells.Length ? Cells[column] : Cell.Empty;

    internal bool IsBlank
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (!cell.IsBlank)
                {
                    return false;
                }
            }
            return true;
        }
    }
}

/// <summary>
/// One sheet or CSV file: its name (used in finding paths), the header row's texts by column, the data
/// rows, and whether numbers in it can be date serial numbers (XLSX only) and of which date system.
/// </summary>
internal sealed class Table
{
    internal Table(string name, IReadOnlyList<string> headers, List<TableRow> rows, DateSystem? dates)
    {
        Name = name;
        Headers = headers;
        Rows = rows;
        Dates = dates;
    }

    internal string Name { get; }

    internal IReadOnlyList<string> Headers { get; }

    internal List<TableRow> Rows { get; }

    /// <summary>The workbook's date system, or null for CSV (where a number is never a date).</summary>
    internal DateSystem? Dates { get; }

    /// <summary>The column's letters as a spreadsheet shows them: 0 is A, 26 is AA.</summary>
    internal static string ColumnLetters(int column)
    {
        var letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters.Insert(0, (char)('A' + ((n - 1) % 26)));
        }
        return letters.ToString();
    }
}

/// <summary>The two date systems of spreadsheet serial numbers.</summary>
internal enum DateSystem
{
    /// <summary>Day 1 is 1900-01-01, with the spreadsheet's fictitious 1900-02-29 as day 60.</summary>
    Date1900,

    /// <summary>Day 0 is 1904-01-01 (older Mac workbooks).</summary>
    Date1904,
}

/// <summary>Converts spreadsheet serial numbers to dates.</summary>
internal static class SerialDates
{
    /// <summary>The last serial number a spreadsheet accepts (9999-12-31 in the 1900 system).</summary>
    internal const double MaxSerial = 2_958_465;

    private static readonly LocalDate Epoch1900 = new(1899, 12, 30);
    private static readonly LocalDate Epoch1904 = new(1904, 1, 1);

    /// <summary>The date of a serial number (its time of day dropped), or null when it names no date.</summary>
    internal static LocalDate? ToDate(double serial, DateSystem system)
    {
        if (double.IsNaN(serial) || serial < 0 || serial > MaxSerial)
        {
            return null;
        }
        int days = (int)System.Math.Floor(serial);
        if (system == DateSystem.Date1904)
        {
            return Epoch1904.PlusDays(days);
        }
        if (days == 0 || days == 60)
        {
            // Day 0 is "1900-01-00" and day 60 the fictitious 1900-02-29: neither is a date.
            return null;
        }
        return days < 60 ? Epoch1900.PlusDays(days + 1) : Epoch1900.PlusDays(days);
    }

    /// <summary>The serial number of a date in the 1900 system.</summary>
    internal static double ToSerial(LocalDate date)
    {
        int days = Period.Between(Epoch1900, date, PeriodUnits.Days).Days;
        return days < 61 ? days - 1 : days;
    }
}
