using System;

namespace CeuRules.Utility;

/// <summary>Checks for the short, lower-case identifiers used throughout the public JSON contract.</summary>
internal static class Identifiers
{
    /// <summary>The longest identifier accepted.</summary>
    internal const int MaxLength = 64;

    /// <summary>
    /// Whether <paramref name="id"/> is a well-formed identifier: 1 to 64 characters of lower-case
    /// ASCII letters, digits, '-', '.', ':' or '_', starting with a letter or digit.
    /// </summary>
    internal static bool IsWellFormed(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength || !char.IsAsciiLetterLower(id[0]) && !char.IsAsciiDigit(id[0]))
        {
            return false;
        }
        foreach (char c in id)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.' or ':' or '_'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Returns <paramref name="id"/>, or throws if it is null or not well formed.</summary>
    internal static string Check(string? id, string paramName)
    {
        Preconditions.CheckNotNull(id, paramName);
        if (!IsWellFormed(id))
        {
            Preconditions.ThrowArgument(paramName,
                $"An identifier must be 1 to {MaxLength} lower-case ASCII letters, digits, '-', '.', ':' or '_', starting with a letter or digit; was '{id}'.");
        }
        return id;
    }

    /// <summary>Ordinal comparison that orders the default (null) identifier first.</summary>
    internal static int Compare(string? x, string? y) => string.CompareOrdinal(x, y);

    /// <summary>Ordinal hash code; zero for the default (null) identifier.</summary>
    internal static int Hash(string? id) => id is null ? 0 : StringComparer.Ordinal.GetHashCode(id);
}
