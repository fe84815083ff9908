using System;
using System.Globalization;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>
/// An exact, non-negative or negative amount of credit in hundredths of a unit, without the unit
/// itself (see <see cref="Credit"/> for an amount with its unit). Amounts are never approximated:
/// a value with more than two decimal places cannot be represented and is rejected.
/// </summary>
/// <remarks>
/// <para>Equality and ordering are by the exact amount. The default value is zero.</para>
/// <para>The largest magnitude is <see cref="MaxValue"/> (one trillion units); arithmetic that
/// would go beyond it throws <see cref="OverflowException"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct CreditAmount : IEquatable<CreditAmount>, IComparable<CreditAmount>, IComparable, IFormattable
{
    private readonly long hundredths;

    private CreditAmount(long hundredths) => this.hundredths = hundredths;

    /// <summary>Zero credit.</summary>
    public static CreditAmount Zero => default;

    /// <summary>The largest amount that can be represented: one trillion units.</summary>
    public static CreditAmount MaxValue => new(MaxHundredths);

    private const long MaxHundredths = 100_000_000_000_000L;

    /// <summary>The amount in hundredths of a unit (for example 250 for 2.5).</summary>
    public long Hundredths => hundredths;

    /// <summary>The amount as an exact decimal (for example 2.5m).</summary>
    public decimal Value => hundredths / 100m;

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => hundredths == 0;

    /// <summary>Creates an amount from a count of hundredths of a unit.</summary>
    /// <param name="hundredths">The amount in hundredths, for example 250 for 2.5.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The magnitude is beyond <see cref="MaxValue"/>.</exception>
    public static CreditAmount FromHundredths(long hundredths)
    {
        if (hundredths > MaxHundredths || hundredths < -MaxHundredths)
        {
            throw new ArgumentOutOfRangeException(nameof(hundredths), hundredths, $"A credit amount must be at most {MaxHundredths} hundredths in magnitude; was {hundredths}.");
        }
        return new(hundredths);
    }

    /// <summary>Creates an amount of whole units.</summary>
    /// <param name="units">The number of whole units.</param>
    /// <returns>The amount.</returns>
    public static CreditAmount FromUnits(int units) => new(units * 100L);

    /// <summary>Creates an amount from an exact decimal with at most two decimal places.</summary>
    /// <param name="value">The amount, for example 2.5m.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> has more than two decimal places
    /// or is beyond <see cref="MaxValue"/>.</exception>
    public static CreditAmount FromDecimal(decimal value)
    {
        if (!TryFromDecimal(value, out var result))
        {
            Preconditions.ThrowArgument(nameof(value),
                $"A credit amount must have at most two decimal places and a magnitude of at most {MaxValue}; was {value.ToString(CultureInfo.InvariantCulture)}.");
        }
        return result;
    }

    /// <summary>
    /// Tries to create an amount from an exact decimal; fails when the value has more than two
    /// decimal places or is beyond <see cref="MaxValue"/>.
    /// </summary>
    /// <param name="value">The amount.</param>
    /// <param name="result">The amount when the conversion succeeds; otherwise zero.</param>
    /// <returns>Whether the value could be represented exactly.</returns>
    public static bool TryFromDecimal(decimal value, out CreditAmount result)
    {
        // Range first: multiplying the largest decimals by 100 would overflow.
        if (value > MaxHundredths / 100m || value < -MaxHundredths / 100m)
        {
            result = default;
            return false;
        }
        decimal scaled = value * 100m;
        if (scaled != decimal.Truncate(scaled))
        {
            result = default;
            return false;
        }
        result = new((long)scaled);
        return true;
    }

    /// <summary>Returns the smaller of two amounts.</summary>
    /// <param name="x">The first amount.</param>
    /// <param name="y">The second amount.</param>
    /// <returns>The smaller amount.</returns>
    public static CreditAmount Min(CreditAmount x, CreditAmount y) => x.hundredths <= y.hundredths ? x : y;

    /// <summary>Returns the larger of two amounts.</summary>
    /// <param name="x">The first amount.</param>
    /// <param name="y">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static CreditAmount Max(CreditAmount x, CreditAmount y) => x.hundredths >= y.hundredths ? x : y;

    /// <summary>The amount by which <paramref name="required"/> exceeds <paramref name="available"/>, or zero.</summary>
    /// <param name="required">The amount required.</param>
    /// <param name="available">The amount available.</param>
    /// <returns>The shortfall, never negative.</returns>
    public static CreditAmount Shortfall(CreditAmount required, CreditAmount available) =>
        required.hundredths > available.hundredths ? new(required.hundredths - available.hundredths) : Zero;

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is beyond <see cref="MaxValue"/>.</exception>
    public static CreditAmount operator +(CreditAmount left, CreditAmount right) => Arithmetic(checked(left.hundredths + right.hundredths));

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is beyond <see cref="MaxValue"/>.</exception>
    public static CreditAmount operator -(CreditAmount left, CreditAmount right) => Arithmetic(checked(left.hundredths - right.hundredths));

    private static CreditAmount Arithmetic(long hundredths) =>
        hundredths > MaxHundredths || hundredths < -MaxHundredths
            ? throw new OverflowException($"The result {hundredths} hundredths is beyond the largest credit amount, {MaxHundredths} hundredths.")
            : new(hundredths);

    /// <summary>Adds two amounts (the named alternative of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static CreditAmount Add(CreditAmount left, CreditAmount right) => left + right;

    /// <summary>Subtracts one amount from another (the named alternative of <c>-</c>).</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    public static CreditAmount Subtract(CreditAmount left, CreditAmount right) => left - right;

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the amounts are equal.</returns>
    public static bool operator ==(CreditAmount left, CreditAmount right) => left.hundredths == right.hundredths;

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the amounts differ.</returns>
    public static bool operator !=(CreditAmount left, CreditAmount right) => left.hundredths != right.hundredths;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(CreditAmount left, CreditAmount right) => left.hundredths < right.hundredths;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(CreditAmount left, CreditAmount right) => left.hundredths <= right.hundredths;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(CreditAmount left, CreditAmount right) => left.hundredths > right.hundredths;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(CreditAmount left, CreditAmount right) => left.hundredths >= right.hundredths;

    /// <summary>Compares this amount with another: amounts are ordered by value.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(CreditAmount other) => hundredths.CompareTo(other.hundredths);

    /// <summary>Implementation of <see cref="IComparable.CompareTo"/>: null is less than any amount.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>The comparison's result.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="CreditAmount"/>.</exception>
    int IComparable.CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }
        Preconditions.CheckArgument(obj is CreditAmount, "Object must be of type CeuRules.Model.CreditAmount.", nameof(obj));
        return CompareTo((CreditAmount)obj);
    }

    /// <summary>Whether this amount equals another.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Whether the amounts are equal.</returns>
    public bool Equals(CreditAmount other) => hundredths == other.hundredths;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CreditAmount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => hundredths.GetHashCode();

    /// <summary>Formats the amount with the fewest decimals needed, invariant culture (for example "2.5").</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Formats the amount as a decimal with the given format and provider.</summary>
    /// <param name="format">A decimal format string, or null for the default ("0.##").</param>
    /// <param name="formatProvider">The provider, or null for the invariant culture.</param>
    /// <returns>The formatted amount.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Value.ToString(format ?? "0.##", formatProvider ?? CultureInfo.InvariantCulture);
}
