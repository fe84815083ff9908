using System;
using System.Globalization;
using System.Text;

namespace CeuRules.Json;

/// <summary>
/// Whether a JSON number's text and a decimal are the same number, compared digit by digit (a decimal
/// holds 28 or 29 significant digits and no exponent below -28; a JSON number may hold any).
/// </summary>
internal static class ExactNumbers
{
    /// <summary>True when <paramref name="jsonNumber"/> (JSON number syntax) is exactly <paramref name="held"/>.</summary>
    internal static bool Same(string jsonNumber, decimal held)
    {
        if (!Canonical(jsonNumber, out bool negative, out string digits, out long exponent))
        {
            return false;
        }
        Canonical(held.ToString(CultureInfo.InvariantCulture), out bool heldNegative, out string heldDigits, out long heldExponent);
        return digits == heldDigits && (digits.Length == 0 || (negative == heldNegative && exponent == heldExponent));
    }

    /// <summary>
    /// A number as its significant digits (no leading or trailing zeros; empty for zero) times ten to
    /// <paramref name="exponent"/>. False when the exponent is beyond any sensible range (then the number is not a decimal's).
    /// </summary>
    private static bool Canonical(string text, out bool negative, out string digits, out long exponent)
    {
        var builder = new StringBuilder(text.Length);
        int i = 0;
        negative = text.Length > 0 && text[0] == '-';
        if (negative || (text.Length > 0 && text[0] == '+'))
        {
            i++;
        }
        long fraction = 0;
        bool inFraction = false;
        for (; i < text.Length && text[i] is not ('e' or 'E'); i++)
        {
            if (text[i] == '.')
            {
                inFraction = true;
                continue;
            }
            builder.Append(text[i]);
            if (inFraction)
            {
                fraction++;
            }
        }
        exponent = 0;
        if (i < text.Length)
        {
            var written = text.AsSpan(i + 1);
            if (!long.TryParse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent) || Math.Abs(exponent) > 1_000_000_000)
            {
                string mantissa = builder.ToString().TrimStart('0');
                digits = mantissa;
                return mantissa.Length == 0;   // zero to any power is zero
            }
        }
        exponent -= fraction;
        string all = builder.ToString().TrimStart('0');
        int end = all.Length;
        while (end > 0 && all[end - 1] == '0')
        {
            end--;
            exponent++;
        }
        digits = all[..end];
        if (digits.Length == 0)
        {
            exponent = 0;
        }
        return true;
    }
}
