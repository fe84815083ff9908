using System;
using System.Globalization;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>
/// An exact amount of credit, without the unit itself (see <see cref="Credit"/> for an amount with its
/// unit). Amounts are never approximated. An amount a person or a document states has at most two
/// decimal places (hundredths); an amount a body computes from documented time is an exact fraction of
/// a unit (100 minutes at one NHA credit per 120 minutes is exactly 5/6 of a credit), so that twelve
/// such activities make exactly 10 credits, never 9.96.
/// </summary>
/// <remarks>
/// <para>Equality and ordering are by the exact amount: 5/6 is not 0.83. The default value is zero.</para>
/// <para>The amount is held as a whole number of parts of a hundredth (<see cref="Parts"/> parts of size
/// 1/(100 × <see cref="PartsPerHundredth"/>) of a unit), in lowest terms, so an amount that is a whole
/// number of hundredths has one part per hundredth.</para>
/// <para><see cref="ToString()"/> and <see cref="Value"/> may round an amount that is not a whole number
/// of hundredths (5/6 is written 0.83); <see cref="RoundedUp"/> and <see cref="RoundedDown"/> round to
/// the hundredth in a stated direction, for what a person reads.</para>
/// <para>The largest magnitude is <see cref="MaxValue"/> (one trillion units); arithmetic that
/// would go beyond it throws <see cref="OverflowException"/>.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct CreditAmount : IEquatable<CreditAmount>, IComparable<CreditAmount>, IComparable, IFormattable
{
    // The amount is parts / (100 * (partsPerHundredthLessOne + 1)) units, in lowest terms
    // (gcd(parts, partsPerHundredth) == 1), so that equal amounts have equal fields. The default is zero.
    private readonly long parts;
    private readonly int partsPerHundredthLessOne;

    private CreditAmount(long hundredths)
    {
        parts = hundredths;
        partsPerHundredthLessOne = 0;
    }

    private CreditAmount(long parts, int partsPerHundredth)
    {
        this.parts = parts;
        partsPerHundredthLessOne = partsPerHundredth - 1;
    }

    /// <summary>Zero credit.</summary>
    public static CreditAmount Zero => default;

    /// <summary>The largest amount that can be represented: one trillion units.</summary>
    public static CreditAmount MaxValue => new(MaxHundredths);

    private const long MaxHundredths = 100_000_000_000_000L;

    /// <summary>The largest number of parts a hundredth may be divided into (<see cref="FromFraction"/>).</summary>
    public const int MaxPartsPerHundredth = 1_000_000;

    /// <summary>
    /// The amount in hundredths of a unit (for example 250 for 2.5); for an amount that is not a whole
    /// number of hundredths, rounded to the nearest hundredth (half away from zero), as it is written.
    /// </summary>
    public long Hundredths => PartsPerHundredth == 1 ? parts : RoundHundredths(MidpointRounding.AwayFromZero);

    /// <summary>The numerator of the exact amount, in parts of a hundredth (see <see cref="PartsPerHundredth"/>).</summary>
    public long Parts => parts;

    /// <summary>How many parts make a hundredth in this amount's lowest terms: 1 for a whole number of hundredths.</summary>
    public int PartsPerHundredth => partsPerHundredthLessOne + 1;

    /// <summary>Whether the amount is a whole number of hundredths, so that <see cref="Value"/> and <see cref="ToString()"/> are exact.</summary>
    public bool IsWholeHundredths => partsPerHundredthLessOne == 0;

    /// <summary>The amount as a decimal (for example 2.5m); exact when <see cref="IsWholeHundredths"/>, else rounded to 28 significant digits.</summary>
    public decimal Value => IsWholeHundredths ? parts / 100m : parts / (100m * PartsPerHundredth);

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => parts == 0;

    /// <summary>The amount rounded up to the next whole hundredth (toward positive infinity): what a person must still earn, never less than the exact need.</summary>
    public CreditAmount RoundedUp => IsWholeHundredths ? this : new(RoundHundredths(MidpointRounding.ToPositiveInfinity));

    /// <summary>The amount rounded down to a whole hundredth (toward negative infinity): what has been earned, never more than the exact amount.</summary>
    public CreditAmount RoundedDown => IsWholeHundredths ? this : new(RoundHundredths(MidpointRounding.ToNegativeInfinity));

    private long RoundHundredths(MidpointRounding mode)
    {
        long per = PartsPerHundredth;
        long quotient = Math.DivRem(parts, per, out long remainder);
        if (remainder == 0)
        {
            return quotient;
        }
        return mode switch
        {
            MidpointRounding.ToPositiveInfinity => remainder > 0 ? quotient + 1 : quotient,
            MidpointRounding.ToNegativeInfinity => remainder < 0 ? quotient - 1 : quotient,
            _ => 2 * Math.Abs(remainder) >= per ? quotient + Math.Sign(remainder) : quotient,
        };
    }

    /// <summary>
    /// The exact amount <paramref name="numerator"/>/<paramref name="denominator"/> of a unit, for
    /// example <c>FromFraction(100, 120)</c> for 100 minutes at one unit per 120 minutes.
    /// </summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, from 1; once reduced, a hundredth may be divided into at most <see cref="MaxPartsPerHundredth"/> parts.</param>
    /// <returns>The exact amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive, the fraction needs finer parts than <see cref="MaxPartsPerHundredth"/>, or the amount is beyond <see cref="MaxValue"/>.</exception>
    public static CreditAmount FromFraction(long numerator, long denominator)
    {
        if (denominator <= 0)
        {
            ThrowDenominator(denominator);
        }
        // numerator/denominator units = numerator * 100 / denominator hundredths.
        long g = (long)System.Numerics.BigInteger.GreatestCommonDivisor(100, denominator);
        long per = denominator / g;
        Int128 scaled = (Int128)numerator * (100 / g);
        return Create(scaled, per);
    }

    /// <summary>The exact amount times <paramref name="numerator"/>/<paramref name="denominator"/>; for conversions between units.</summary>
    internal CreditAmount Times(long numerator, long denominator)
    {
        Int128 top = (Int128)parts * numerator;
        Int128 bottom = (Int128)PartsPerHundredth * denominator;
        Int128 g = Gcd(Int128.Abs(top), bottom);
        if (g > 1)
        {
            top /= g;
            bottom /= g;
        }
        if (bottom > MaxPartsPerHundredth)
        {
            throw new OverflowException($"{this} times {numerator}/{denominator} needs a hundredth divided into {bottom} parts, more than {MaxPartsPerHundredth}.");
        }
        return Create(top, (long)bottom);
    }

    private static CreditAmount Create(Int128 parts, long partsPerHundredth)
    {
        if (parts != 0)
        {
            long g = (long)Int128.Abs(Gcd(Int128.Abs(parts), partsPerHundredth));
            if (g > 1)
            {
                parts /= g;
                partsPerHundredth /= g;
            }
        }
        else
        {
            partsPerHundredth = 1;
        }
        if (partsPerHundredth > MaxPartsPerHundredth)
        {
            throw new ArgumentOutOfRangeException(nameof(partsPerHundredth), partsPerHundredth,
                $"A credit amount may divide a hundredth into at most {MaxPartsPerHundredth} parts; this one needs {partsPerHundredth}.");
        }
        if (Int128.Abs(parts) > (Int128)MaxHundredths * partsPerHundredth)
        {
            throw new OverflowException($"The amount is beyond the largest credit amount, {MaxHundredths} hundredths.");
        }
        return new((long)parts, (int)partsPerHundredth);
    }

    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowDenominator(long denominator) =>
        throw new ArgumentOutOfRangeException(nameof(denominator), denominator, $"A denominator must be positive; was {denominator}.");

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
    public static CreditAmount Min(CreditAmount x, CreditAmount y) => x <= y ? x : y;

    /// <summary>Returns the larger of two amounts.</summary>
    /// <param name="x">The first amount.</param>
    /// <param name="y">The second amount.</param>
    /// <returns>The larger amount.</returns>
    public static CreditAmount Max(CreditAmount x, CreditAmount y) => x >= y ? x : y;

    /// <summary>The amount by which <paramref name="required"/> exceeds <paramref name="available"/>, or zero.</summary>
    /// <param name="required">The amount required.</param>
    /// <param name="available">The amount available.</param>
    /// <returns>The shortfall, never negative.</returns>
    public static CreditAmount Shortfall(CreditAmount required, CreditAmount available) =>
        required > available ? required - available : Zero;

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="OverflowException">The sum is beyond <see cref="MaxValue"/>.</exception>
    public static CreditAmount operator +(CreditAmount left, CreditAmount right) =>
        left.IsWholeHundredths && right.IsWholeHundredths ? Arithmetic(checked(left.parts + right.parts)) : Combine(left, right, negateRight: false);

    /// <summary>Subtracts one amount from another.</summary>
    /// <param name="left">The amount to subtract from.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="OverflowException">The difference is beyond <see cref="MaxValue"/>.</exception>
    public static CreditAmount operator -(CreditAmount left, CreditAmount right) =>
        left.IsWholeHundredths && right.IsWholeHundredths ? Arithmetic(checked(left.parts - right.parts)) : Combine(left, right, negateRight: true);

    private static CreditAmount Combine(CreditAmount left, CreditAmount right, bool negateRight)
    {
        long a = left.PartsPerHundredth;
        long b = right.PartsPerHundredth;
        long lcm = a / (long)Gcd(a, b) * b;
        Int128 sum = (Int128)left.parts * (lcm / a) + (negateRight ? -1 : 1) * (Int128)right.parts * (lcm / b);
        if (lcm > MaxPartsPerHundredth)
        {
            throw new OverflowException($"The sum of {left} and {right} needs a hundredth divided into {lcm} parts, more than {MaxPartsPerHundredth}.");
        }
        if (Int128.Abs(sum) > (Int128)MaxHundredths * lcm)
        {
            throw new OverflowException($"The result is beyond the largest credit amount, {MaxHundredths} hundredths.");
        }
        return Create(sum, lcm);
    }

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
    public static bool operator ==(CreditAmount left, CreditAmount right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether the amounts differ.</returns>
    public static bool operator !=(CreditAmount left, CreditAmount right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(CreditAmount left, CreditAmount right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(CreditAmount left, CreditAmount right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(CreditAmount left, CreditAmount right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(CreditAmount left, CreditAmount right) => left.CompareTo(right) >= 0;

    /// <summary>Compares this amount with another: amounts are ordered by value.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this amount is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(CreditAmount other) =>
        partsPerHundredthLessOne == other.partsPerHundredthLessOne
            ? parts.CompareTo(other.parts)
            : ((Int128)parts * other.PartsPerHundredth).CompareTo((Int128)other.parts * PartsPerHundredth);

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
    public bool Equals(CreditAmount other) => parts == other.parts && partsPerHundredthLessOne == other.partsPerHundredthLessOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CreditAmount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(parts, partsPerHundredthLessOne);

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
