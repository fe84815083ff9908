using System;

namespace CeuRules.Spreadsheets;

/// <summary>
/// One CSV cell as RFC 4180 and OWASP's CSV-injection guidance want it: the one formula guard of the
/// project, used by every report that writes cells (CSV and XLSX), so that all follow the same rule.
/// </summary>
internal static class CsvCells
{
    /// <summary>
    /// A text cell, safe to open in a spreadsheet: a cell that a spreadsheet could read as a formula
    /// (its first character, or its first after leading spaces and quotes, is <c>=</c>, <c>+</c>,
    /// <c>-</c>, <c>@</c>, or their full-width forms; or it starts with a tab, carriage return or line
    /// feed) is prefixed with a single quote; such a cell, and any cell holding a comma, quote or line
    /// break, is enclosed in double quotes with inner quotes doubled. Use it for every cell whose text
    /// comes from input; numbers the writer formats itself go through <see cref="Number"/>.
    /// </summary>
    /// <param name="text">The cell's text; null is an empty cell.</param>
    /// <returns>The cell as written.</returns>
    internal static string Guard(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        bool formula = IsFormulaLike(text);
        if (formula)
        {
            text = "'" + text;
        }
        return formula || text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary>
    /// A text cell of a workbook: the text prefixed with a single quote when <see cref="IsFormulaLike"/>,
    /// as <see cref="Guard"/> does (a workbook needs no quoting).
    /// </summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The text as written.</returns>
    internal static string Inert(string text) => IsFormulaLike(text) ? "'" + text : text;

    /// <summary>A number the writer formatted itself (such as <c>-1.5</c> or <c>-12</c>): written as it is, so that it stays a number.</summary>
    /// <param name="formatted">The invariant-culture text of a number.</param>
    /// <returns>The cell as written.</returns>
    internal static string Number(string formatted) => formatted;

    /// <summary>True when a spreadsheet could start a formula from <paramref name="text"/>.</summary>
    internal static bool IsFormulaLike(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }
        if (text[0] is '\t' or '\r' or '\n')
        {
            return true;
        }
        foreach (char c in text)
        {
            if (c is ' ' or '\u00A0' or '\u3000' or '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019')
            {
                continue;   // leading spaces and quotes: look at what follows them
            }
            return c is '=' or '+' or '-' or '@' or '\t' or '\r' or '\n' or '\uFF1D' or '\uFF0B' or '\uFF0D' or '\uFE63' or '\u2212' or '\uFF20';
        }
        return false;
    }
}
