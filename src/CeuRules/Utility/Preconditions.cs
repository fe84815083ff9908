using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CeuRules.Utility;

/// <summary>
/// Argument checks that throw early with a message naming the parameter and the value. The throw
/// helpers are kept out of line so that the checks stay cheap on hot paths.
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
