using System;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>An exact amount of credit together with its unit, for example 2.5 AAMA points.</summary>
/// <remarks>
/// <para>Equality is by amount and unit: 1 <c>iacet-ceu</c> does not equal 10 <c>contact-hour</c>,
/// because converting between units is a policy's business. The default value is zero of the
/// default (invalid) unit.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Credit : IEquatable<Credit>
{
    /// <summary>Creates an amount of credit in a unit.</summary>
    /// <param name="amount">The exact amount.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is the default value.</exception>
    public Credit(CreditAmount amount, CreditUnit unit)
    {
        Preconditions.CheckArgument(unit.Id is not null, "The unit must not be the default value.", nameof(unit));
        Amount = amount;
        Unit = unit;
    }

    /// <summary>The exact amount.</summary>
    public CreditAmount Amount { get; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    public CreditUnit Unit { get; }

    /// <summary>Compares two credits for equality (amount and unit).</summary>
    /// <param name="left">The first credit.</param>
    /// <param name="right">The second credit.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Credit left, Credit right) => left.Equals(right);

    /// <summary>Compares two credits for inequality (amount or unit).</summary>
    /// <param name="left">The first credit.</param>
    /// <param name="right">The second credit.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Credit left, Credit right) => !left.Equals(right);

    /// <summary>Whether this credit equals another: same amount and same unit.</summary>
    /// <param name="other">The credit to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Credit other) => Amount == other.Amount && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Credit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Unit);

    /// <summary>Formats the credit as amount and unit, for example "2.5 aama-point".</summary>
    /// <returns>The formatted credit.</returns>
    public override string ToString() => $"{Amount} {Unit}";
}
