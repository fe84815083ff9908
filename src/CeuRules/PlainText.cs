using System;
using System.Globalization;
using System.Text;

namespace CeuRules;

/// <summary>
/// Makes text that came from a document safe to write where a person reads it (a text report, a console
/// table, an error message, a log line, a file name): every control character (C0, DEL, C1), the line and
/// paragraph separators and every bidirectional formatting character (embeddings, overrides, isolates,
/// marks) is written as a visible <c>\uXXXX</c> escape, so that no escape sequence from a document reaches
/// a terminal and no text can reorder or forge what surrounds it. The JSON writers already escape them.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class PlainText
{
    /// <summary>True for a character that must not be written raw for a person: C0, DEL, C1, U+2028, U+2029 and the bidirectional formatting characters.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True when the character is escaped by <see cref="Escape"/>.</returns>
    public static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007f' and <= '\u009f' || c is '\u061c' or '\u200e' or '\u200f' or '\u2028' or '\u2029' || c is >= '\u202a' and <= '\u202e' || c is >= '\u2066' and <= '\u2069';

    /// <summary>The text with every unsafe character (<see cref="IsUnsafe"/>) written as <c>\uXXXX</c>; the same instance when there is none.</summary>
    /// <param name="text">The text; null is returned as the empty string.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string? text) => Replace(text, c => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));

    /// <summary>The text without its unsafe characters (<see cref="IsUnsafe"/>), for a file name made from a document's text.</summary>
    /// <param name="text">The text; null is returned as the empty string.</param>
    /// <returns>The text without them.</returns>
    public static string Strip(string? text) => Replace(text, _ => string.Empty);

    private static string Replace(string? text, Func<char, string> replacement)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        int first = 0;
        while (first < text.Length && !IsUnsafe(text[first]))
        {
            first++;
        }
        if (first == text.Length)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (int i = first; i < text.Length; i++)
        {
            char c = text[i];
            if (IsUnsafe(c))
            {
                builder.Append(replacement(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
