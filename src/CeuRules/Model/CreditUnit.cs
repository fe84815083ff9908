using System;
using System.Collections.Immutable;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>
/// A unit in which credit is stated. "CEU" means different things to different bodies, so an amount never travels without its unit (see <see cref="Credit"/>); conversions between units belong to a policy.
/// </summary>
/// <remarks>
/// <para>The built-in units are static properties; any other well-formed identifier is accepted and is reported by the evaluator as a unit the policy does not know.</para>
/// <para>Equality and ordering are ordinal by <see cref="Id"/>. The default value has a null
/// <see cref="Id"/>, orders before every other value and should not be used.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct CreditUnit : IEquatable<CreditUnit>, IComparable<CreditUnit>, IComparable
{
    private readonly string id;

    /// <summary>Creates a value from its identifier.</summary>
    /// <param name="id">The identifier, for example "aama-point": 1 to 64 lower-case ASCII letters, digits, '-', '.', ':' or '_'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a well-formed identifier.</exception>
    public CreditUnit(string id) => this.id = Identifiers.Check(id, nameof(id));

    /// <summary>An AAMA recertification point: one per contact hour (AAMA calls it a CEU) (<c>aama-point</c>).</summary>
    public static CreditUnit AamaPoint { get; } = new("aama-point");

    /// <summary>An AMT Certification Continuation Program point (<c>amt-ccp-point</c>).</summary>
    public static CreditUnit AmtCcpPoint { get; } = new("amt-ccp-point");

    /// <summary>An NHA CE credit: two documented hours make one credit (<c>nha-credit</c>).</summary>
    public static CreditUnit NhaCredit { get; } = new("nha-credit");

    /// <summary>A clock hour: the real time spent on an activity (<c>clock-hour</c>).</summary>
    public static CreditUnit ClockHour { get; } = new("clock-hour");

    /// <summary>A contact hour of instruction (<c>contact-hour</c>).</summary>
    public static CreditUnit ContactHour { get; } = new("contact-hour");

    /// <summary>An IACET continuing education unit: ten contact hours (<c>iacet-ceu</c>).</summary>
    public static CreditUnit IacetCeu { get; } = new("iacet-ceu");

    /// <summary>One college credit, semester or quarter (<c>college-credit</c>).</summary>
    public static CreditUnit CollegeCredit { get; } = new("college-credit");

    /// <summary>The built-in units, in the order above: the units the readers of documents and spreadsheets know by name.</summary>
    public static ImmutableArray<CreditUnit> BuiltIn { get; } = [AamaPoint, AmtCcpPoint, NhaCredit, ClockHour, ContactHour, IacetCeu, CollegeCredit];

    /// <summary>The identifier used in the JSON contract, for example "aama-point".</summary>
    public string Id => id;

    /// <summary>Whether <paramref name="id"/> is a well-formed identifier for this type.</summary>
    /// <param name="id">The candidate identifier.</param>
    /// <returns>True when <see cref="CreditUnit(string)"/> would accept it.</returns>
    public static bool IsValidId(string? id) => Identifiers.IsWellFormed(id);

    /// <summary>Compares two values for equality (ordinal by identifier).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(CreditUnit left, CreditUnit right) => left.Equals(right);

    /// <summary>Compares two values for inequality (ordinal by identifier).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(CreditUnit left, CreditUnit right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(CreditUnit left, CreditUnit right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(CreditUnit left, CreditUnit right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(CreditUnit left, CreditUnit right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(CreditUnit left, CreditUnit right) => left.CompareTo(right) >= 0;

    /// <summary>Compares with another value, ordinal by identifier.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this value orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(CreditUnit other) => Identifiers.Compare(id, other.id);

    /// <summary>Implementation of <see cref="IComparable.CompareTo"/>: null orders first.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>The comparison's result.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="CreditUnit"/>.</exception>
    int IComparable.CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }
        Preconditions.CheckArgument(obj is CreditUnit, "Object must be of type CeuRules.Model.CreditUnit.", nameof(obj));
        return CompareTo((CreditUnit)obj);
    }

    /// <summary>Whether this value equals another (ordinal by identifier).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Whether the values are equal.</returns>
    public bool Equals(CreditUnit other) => string.Equals(id, other.id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CreditUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Identifiers.Hash(id);

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier, or an empty string for the default value.</returns>
    public override string ToString() => id ?? string.Empty;
}
