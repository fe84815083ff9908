using System;
using System.Collections.Immutable;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>
/// A content area that a body sorts credit into, such as AAMA's general, clinical and administrative areas.
/// </summary>
/// <remarks>
/// <para>The built-in categories are static properties; a policy lists the categories it has, and credit in any other category is reported as unknown to that policy.</para>
/// <para>Equality and ordering are ordinal by <see cref="Id"/>. The default value has a null
/// <see cref="Id"/>, orders before every other value and should not be used.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct Category : IEquatable<Category>, IComparable<Category>, IComparable
{
    private readonly string id;

    /// <summary>Creates a value from its identifier.</summary>
    /// <param name="id">The identifier, for example "clinical": 1 to 64 lower-case ASCII letters, digits, '-', '.', ':' or '_'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a well-formed identifier.</exception>
    public Category(string id) => this.id = Identifiers.Check(id, nameof(id));

    /// <summary>The general content area (<c>general</c>).</summary>
    public static Category General { get; } = new("general");

    /// <summary>The clinical content area (<c>clinical</c>).</summary>
    public static Category Clinical { get; } = new("clinical");

    /// <summary>The administrative content area (<c>administrative</c>).</summary>
    public static Category Administrative { get; } = new("administrative");

    /// <summary>The built-in categories, in the order above: the content areas the readers of documents and spreadsheets know by name.</summary>
    public static ImmutableArray<Category> BuiltIn { get; } = [General, Clinical, Administrative];

    /// <summary>The identifier used in the JSON contract, for example "clinical".</summary>
    public string Id => id;

    /// <summary>Whether <paramref name="id"/> is a well-formed identifier for this type.</summary>
    /// <param name="id">The candidate identifier.</param>
    /// <returns>True when <see cref="Category(string)"/> would accept it.</returns>
    public static bool IsValidId(string? id) => Identifiers.IsWellFormed(id);

    /// <summary>Compares two values for equality (ordinal by identifier).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(Category left, Category right) => left.Equals(right);

    /// <summary>Compares two values for inequality (ordinal by identifier).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(Category left, Category right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(Category left, Category right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(Category left, Category right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(Category left, Category right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(Category left, Category right) => left.CompareTo(right) >= 0;

    /// <summary>Compares with another value, ordinal by identifier.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this value orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(Category other) => Identifiers.Compare(id, other.id);

    /// <summary>Implementation of <see cref="IComparable.CompareTo"/>: null orders first.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>The comparison's result.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Category"/>.</exception>
    int IComparable.CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }
        Preconditions.CheckArgument(obj is Category, "Object must be of type CeuRules.Model.Category.", nameof(obj));
        return CompareTo((Category)obj);
    }

    /// <summary>Whether this value equals another (ordinal by identifier).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Whether the values are equal.</returns>
    public bool Equals(Category other) => string.Equals(id, other.id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Category other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Identifiers.Hash(id);

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier, or an empty string for the default value.</returns>
    public override string ToString() => id ?? string.Empty;
}
