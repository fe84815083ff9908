using System;
using System.Collections.Generic;
using System.IO;

namespace CeuRules.Reports;

/// <summary>
/// The text report as plain text: headings as a rule, lines wrapped at <see cref="Width"/> columns, and ASCII
/// tables no wider, their columns shrunk (widest first) and their cells wrapped when the text would not fit.
/// Each line is written as it is laid out; a table keeps only its own cells until it is written.
/// </summary>
internal sealed class PlainTextLayout(TextWriter writer) : TextLayout
{
    /// <summary>The columns a line or a table takes at most.</summary>
    internal const int Width = 120;

    public override void Heading(string text)
    {
        writer.WriteLine();
        writer.Write("── ");
        writer.Write(text);
        writer.Write(' ');
        Repeat('─', Math.Max(2, Width - text.Length - 4));
        writer.WriteLine();
    }

    public override void Line(string text, TextEmphasis emphasis)
    {
        if (text.Length <= Width)
        {
            writer.WriteLine(text);
            return;
        }
        foreach (var (start, length) in Wrap(text, Width))
        {
            writer.WriteLine(text.AsSpan(start, length));
        }
    }

    public override void Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var cells = new List<IReadOnlyList<string>>();
        var natural = new int[columns.Count];
        Measure(columns, natural);
        foreach (var row in rows)
        {
            Measure(row, natural);
            cells.Add(row);
        }
        var widths = Fit(natural, Width - (3 * columns.Count) - 1);
        int inner = (3 * columns.Count) - 1;
        foreach (int width in widths)
        {
            inner += width;
        }
        Border(inner);
        WriteRow(columns, widths);
        writer.Write('|');
        for (int i = 0; i < widths.Length; i++)
        {
            writer.Write(i == 0 ? "" : "+");
            Repeat('-', widths[i] + 2);
        }
        writer.WriteLine('|');
        foreach (var row in cells)
        {
            WriteRow(row, widths);
        }
        Border(inner);
    }

    private void Repeat(char c, int count)
    {
        for (int i = 0; i < count; i++)
        {
            writer.Write(c);
        }
    }

    private void Border(int inner)
    {
        writer.Write('+');
        Repeat('-', inner);
        writer.WriteLine('+');
    }

    /// <summary>Writes a row: as many lines as its tallest wrapped cell needs, each cell padded to its column's width.</summary>
    private void WriteRow(IReadOnlyList<string> row, int[] widths)
    {
        var wrapped = new List<(int Start, int Length)>[widths.Length];
        int height = 1;
        for (int i = 0; i < widths.Length; i++)
        {
            wrapped[i] = Wrap(Cell(row, i), widths[i]);
            height = Math.Max(height, wrapped[i].Count);
        }
        for (int line = 0; line < height; line++)
        {
            writer.Write('|');
            for (int i = 0; i < widths.Length; i++)
            {
                writer.Write(' ');
                int written = 0;
                if (line < wrapped[i].Count)
                {
                    var (start, length) = wrapped[i][line];
                    writer.Write(Cell(row, i).AsSpan(start, length));
                    written = length;
                }
                Repeat(' ', widths[i] - written + 1);
                writer.Write('|');
            }
            writer.WriteLine();
        }
    }

    private static string Cell(IReadOnlyList<string> row, int column) => column < row.Count ? row[column] : string.Empty;

    private static void Measure(IReadOnlyList<string> row, int[] widths)
    {
        for (int i = 0; i < widths.Length; i++)
        {
            widths[i] = Math.Max(widths[i], Cell(row, i).Length);
        }
    }

    /// <summary>
    /// The columns' widths within <paramref name="available"/> columns: their natural widths when these fit,
    /// otherwise every column wider than a common cap cut to it, the cap the largest that fits (at least one column each).
    /// </summary>
    internal static int[] Fit(int[] natural, int available)
    {
        var widths = new int[natural.Length];
        long total = 0;
        int widest = 1;
        foreach (int width in natural)
        {
            total += Math.Max(1, width);
            widest = Math.Max(widest, width);
        }
        int cap = widest;
        if (total > available)
        {
            int low = 1;
            int high = widest;
            while (low < high)
            {
                int middle = low + ((high - low + 1) / 2);
                long sum = 0;
                foreach (int width in natural)
                {
                    sum += Math.Clamp(width, 1, middle);
                }
                if (sum <= available)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }
            cap = low;
        }
        for (int i = 0; i < natural.Length; i++)
        {
            widths[i] = Math.Clamp(natural[i], 1, cap);
        }
        return widths;
    }

    /// <summary>
    /// The lines of <paramref name="text"/> wrapped at <paramref name="width"/> columns: broken at spaces (which
    /// are dropped at the break), a word longer than a line cut, never inside a surrogate pair.
    /// </summary>
    internal static List<(int Start, int Length)> Wrap(string text, int width)
    {
        var lines = new List<(int Start, int Length)>();
        int start = 0;
        while (text.Length - start > width)
        {
            int end = start + width;
            int space = text.LastIndexOf(' ', end, width + 1);
            if (space > start)
            {
                lines.Add((start, TrimEnd(text, start, space)));
                start = space + 1;
            }
            else
            {
                if (char.IsLowSurrogate(text[end]) && end - 1 > start)
                {
                    end--;
                }
                lines.Add((start, end - start));
                start = end;
            }
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }
        }
        if (start < text.Length || lines.Count == 0)
        {
            lines.Add((start, text.Length - start));
        }
        return lines;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] == ' ')
        {
            end--;
        }
        return end - start;
    }
}
