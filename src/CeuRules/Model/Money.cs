using System;
using System.Globalization;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>An exact amount of US dollars, stored in whole cents: the fees of the certifying bodies.</summary>
/// <remarks>
/// <para>Equality and ordering are by amount. The default value is $0.00.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly long cents;

    private Money(long cents) => this.cents = cents;

    /// <summary>No money.</summary>
    public static Money Zero => default;

    /// <summary>The amount in whole cents.</summary>
    public long Cents => cents;

    /// <summary>The amount in dollars, as an exact decimal.</summary>
    public decimal Dollars => cents / 100m;

    /// <summary>Creates an amount of whole dollars.</summary>
    /// <param name="dollars">The number of dollars; never negative.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dollars"/> is negative.</exception>
    public static Money FromDollars(int dollars)
    {
        Preconditions.CheckArgumentRange(dollars, 0, int.MaxValue);
        return new(dollars * 100L);
    }

    /// <summary>Creates an amount from whole cents.</summary>
    /// <param name="cents">The number of cents; never negative.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cents"/> is negative.</exception>
    public static Money FromCents(long cents)
    {
        if (cents < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cents), cents, $"An amount of money must not be negative; was {cents} cents.");
        }
        return new(cents);
    }

    /// <summary>Adds two amounts.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money operator +(Money left, Money right) => new(checked(left.cents + right.cents));

    /// <summary>Adds two amounts (the named alternative of <c>+</c>).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Money Add(Money left, Money right) => left + right;

    /// <summary>Compares two amounts for equality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Money left, Money right) => left.cents == right.cents;

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Money left, Money right) => left.cents != right.cents;

    /// <summary>Whether <paramref name="left"/> is less than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(Money left, Money right) => left.cents < right.cents;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(Money left, Money right) => left.cents <= right.cents;

    /// <summary>Whether <paramref name="left"/> is greater than <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(Money left, Money right) => left.cents > right.cents;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(Money left, Money right) => left.cents >= right.cents;

    /// <summary>Compares by amount.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>The comparison's result.</returns>
    public int CompareTo(Money other) => cents.CompareTo(other.cents);

    /// <summary>Implementation of <see cref="IComparable.CompareTo"/>: null is less than any amount.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>The comparison's result.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not <see cref="Money"/>.</exception>
    int IComparable.CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }
        Preconditions.CheckArgument(obj is Money, "Object must be of type CeuRules.Model.Money.", nameof(obj));
        return CompareTo((Money)obj);
    }

    /// <summary>Whether this amount equals another.</summary>
    /// <param name="other">The amount to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Money other) => cents == other.cents;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => cents.GetHashCode();

    /// <summary>Formats the amount in dollars, invariant culture, for example "$65.00".</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => "$" + Dollars.ToString("0.00", CultureInfo.InvariantCulture);
}
