using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CeuRules.Utility;

/// <summary>
/// Argument checks that throw early with a message naming the parameter and the value. The throw
/// helpers are kept out of line so that the checks stay cheap on hot paths, and a message is built
/// only when its check fails: an interpolated message passed to <see cref="CheckArgument(bool, ref ArgumentMessage, string?)"/>
/// formats nothing while the check passes.
/// </summary>
internal static class Preconditions
{
    /// <summary>Returns <paramref name="argument"/>, or throws if it is null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T CheckNotNull<T>([NotNull] T? argument, [CallerArgumentExpression(nameof(argument))] string? paramName = null)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }
        return argument;
    }

    /// <summary>
    /// Returns <paramref name="texts"/>, words keyed by two-letter lower-case ISO 639-1 language code (a policy's or a
    /// body's words in other languages), or throws if a key is not such a code or a text is blank: "'spa' is not a
    /// two-letter lower-case language code with a name.".
    /// </summary>
    /// <param name="texts">The texts by language; not null.</param>
    /// <param name="what">What each text is, for the message: "text" or "name".</param>
    /// <param name="paramName">The parameter or property the texts are given for.</param>
    internal static System.Collections.Immutable.ImmutableSortedDictionary<string, string> CheckLanguageTexts(
        System.Collections.Immutable.ImmutableSortedDictionary<string, string> texts, string what, string paramName)
    {
        foreach (var (language, text) in texts)
        {
            if (!Policies.ExamRoute.IsLanguage(language) || string.IsNullOrWhiteSpace(text))
            {
                ThrowArgument(paramName, $"'{language}' is not a two-letter lower-case language code with a {what}.");
            }
        }
        return texts;
    }

    /// <summary>Returns <paramref name="value"/>, or throws if it is null, empty or only white space.</summary>
    internal static string CheckNotBlank([NotNull] string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value is null)
        {
            ThrowArgumentNull(paramName);
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            ThrowArgument(paramName, $"Value must not be empty or white space; was '{value}'.");
        }
        return value;
    }

    /// <summary>Throws if <paramref name="value"/> is outside [<paramref name="minInclusive"/>, <paramref name="maxInclusive"/>].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgumentRange(int value, int minInclusive, int maxInclusive, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    /// <summary>Throws an <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="expression"/> holds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string message, [CallerArgumentExpression(nameof(expression))] string? paramName = null)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>
    /// Throws an <see cref="ArgumentException"/> unless <paramref name="expression"/> holds, with an
    /// interpolated <paramref name="message"/> that is formatted only then: the compiler binds an
    /// interpolated string here, and <see cref="ArgumentMessage"/> skips its holes while the check passes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgument(
        [DoesNotReturnIf(false)] bool expression,
        [InterpolatedStringHandlerArgument(nameof(expression))] ref ArgumentMessage message,
        [CallerArgumentExpression(nameof(expression))] string? paramName = null)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message.ToStringAndClear());
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowArgumentNull(string? paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgument(string? paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowArgumentOutOfRange(string? paramName, int value, int min, int max) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"Value should be in range [{min}-{max}]; was {value}.");
}

/// <summary>
/// The message of a failed argument check, written only when the check fails: while the check holds,
/// the compiler's calls for the holes of the interpolated string are skipped, so no value is formatted
/// and nothing is allocated. The text is what the same interpolated string would make as a
/// <see cref="string"/> (current culture, the same format and alignment).
/// </summary>
[InterpolatedStringHandler]
internal ref struct ArgumentMessage
{
    private DefaultInterpolatedStringHandler builder;

    /// <summary>Starts a message, or, when <paramref name="expression"/> holds, tells the compiler to skip it.</summary>
    /// <param name="literalLength">The length of the literal parts.</param>
    /// <param name="formattedCount">The number of holes.</param>
    /// <param name="expression">The checked condition: the message is written only when it is false.</param>
    /// <param name="shouldAppend">Whether the compiler should write the parts.</param>
    public ArgumentMessage(int literalLength, int formattedCount, bool expression, out bool shouldAppend)
    {
        shouldAppend = !expression;
        builder = shouldAppend ? new DefaultInterpolatedStringHandler(literalLength, formattedCount) : default;
    }

    /// <summary>Writes a literal part.</summary>
    /// <param name="value">The text.</param>
    public void AppendLiteral(string value) => builder.AppendLiteral(value);

    /// <summary>Writes a hole.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    public void AppendFormatted<T>(T value) => builder.AppendFormatted(value);

    /// <summary>Writes a hole with a format.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format.</param>
    public void AppendFormatted<T>(T value, string? format) => builder.AppendFormatted(value, format);

    /// <summary>Writes a hole with an alignment.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The alignment.</param>
    public void AppendFormatted<T>(T value, int alignment) => builder.AppendFormatted(value, alignment);

    /// <summary>Writes a hole with an alignment and a format.</summary>
    /// <typeparam name="T">The type of the value.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="alignment">The alignment.</param>
    /// <param name="format">The format.</param>
    public void AppendFormatted<T>(T value, int alignment, string? format) => builder.AppendFormatted(value, alignment, format);

    /// <summary>Writes a string hole.</summary>
    /// <param name="value">The text, or null for nothing.</param>
    public void AppendFormatted(string? value) => builder.AppendFormatted(value);

    /// <summary>The message, releasing the buffer.</summary>
    /// <returns>The message.</returns>
    internal string ToStringAndClear() => builder.ToStringAndClear();
}
