using System;
using System.Collections.Immutable;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>
/// The kind of a learning or professional activity: a course, a CPR card, a college course and so on. Policies treat some kinds specially (a CPR card earns fixed clinical credit under the CMA policy).
/// </summary>
/// <remarks>
/// <para>The built-in kinds are static properties; any other well-formed identifier is accepted and treated as an ordinary activity.</para>
/// <para>Equality and ordering are ordinal by <see cref="Id"/>. The default value has a null
/// <see cref="Id"/>, orders before every other value and should not be used.</para>
/// <para>This type is an immutable value type and is thread-safe.</para>
/// </remarks>
public readonly struct LearningActivityKind : IEquatable<LearningActivityKind>, IComparable<LearningActivityKind>, IComparable
{
    private readonly string id;

    /// <summary>Creates a value from its identifier.</summary>
    /// <param name="id">The identifier, for example "course": 1 to 64 lower-case ASCII letters, digits, '-', '.', ':' or '_'.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a well-formed identifier.</exception>
    public LearningActivityKind(string id) => this.id = Identifiers.Check(id, nameof(id));

    /// <summary>A course or class (<c>course</c>).</summary>
    public static LearningActivityKind Course { get; } = new("course");

    /// <summary>A conference or seminar (<c>conference</c>).</summary>
    public static LearningActivityKind Conference { get; } = new("conference");

    /// <summary>A self-study program (<c>self-study</c>).</summary>
    public static LearningActivityKind SelfStudy { get; } = new("self-study");

    /// <summary>A publication written by the person (<c>publication</c>).</summary>
    public static LearningActivityKind Publication { get; } = new("publication");

    /// <summary>A college course earning college credit (<c>college-course</c>).</summary>
    public static LearningActivityKind CollegeCourse { get; } = new("college-course");

    /// <summary>A CPR card (<c>cpr-card</c>).</summary>
    public static LearningActivityKind CprCard { get; } = new("cpr-card");

    /// <summary>A basic life support (BLS) card (<c>bls-card</c>).</summary>
    public static LearningActivityKind BlsCard { get; } = new("bls-card");

    /// <summary>A first aid card (<c>first-aid-card</c>).</summary>
    public static LearningActivityKind FirstAidCard { get; } = new("first-aid-card");

    /// <summary>Another certification that needs periodic renewal (<c>renewable-certification</c>).</summary>
    public static LearningActivityKind RenewableCertification { get; } = new("renewable-certification");

    /// <summary>Work in the profession (<c>employment</c>).</summary>
    public static LearningActivityKind Employment { get; } = new("employment");

    /// <summary>Training given by an employer (<c>employer-training</c>).</summary>
    public static LearningActivityKind EmployerTraining { get; } = new("employer-training");

    /// <summary>
    /// The built-in kinds, in the order above: the kinds the readers of documents and spreadsheets know
    /// without a policy naming them (<see cref="Policies.PolicyCatalog.Kinds"/> adds those a catalog's policies name).
    /// </summary>
    public static ImmutableArray<LearningActivityKind> BuiltIn { get; } =
        [Course, Conference, SelfStudy, Publication, CollegeCourse, CprCard, BlsCard, FirstAidCard, RenewableCertification, Employment, EmployerTraining];

    /// <summary>The identifier used in the JSON contract, for example "course".</summary>
    public string Id => id;

    /// <summary>Whether <paramref name="id"/> is a well-formed identifier for this type.</summary>
    /// <param name="id">The candidate identifier.</param>
    /// <returns>True when <see cref="LearningActivityKind(string)"/> would accept it.</returns>
    public static bool IsValidId(string? id) => Identifiers.IsWellFormed(id);

    /// <summary>Compares two values for equality (ordinal by identifier).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(LearningActivityKind left, LearningActivityKind right) => left.Equals(right);

    /// <summary>Compares two values for inequality (ordinal by identifier).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(LearningActivityKind left, LearningActivityKind right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <(LearningActivityKind left, LearningActivityKind right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders before or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator <=(LearningActivityKind left, LearningActivityKind right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >(LearningActivityKind left, LearningActivityKind right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders after or equals <paramref name="right"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The comparison's result.</returns>
    public static bool operator >=(LearningActivityKind left, LearningActivityKind right) => left.CompareTo(right) >= 0;

    /// <summary>Compares with another value, ordinal by identifier.</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>A negative number, zero or a positive number as this value orders before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(LearningActivityKind other) => Identifiers.Compare(id, other.id);

    /// <summary>Implementation of <see cref="IComparable.CompareTo"/>: null orders first.</summary>
    /// <param name="obj">The object to compare with.</param>
    /// <returns>The comparison's result.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="LearningActivityKind"/>.</exception>
    int IComparable.CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }
        Preconditions.CheckArgument(obj is LearningActivityKind, "Object must be of type CeuRules.Model.LearningActivityKind.", nameof(obj));
        return CompareTo((LearningActivityKind)obj);
    }

    /// <summary>Whether this value equals another (ordinal by identifier).</summary>
    /// <param name="other">The value to compare with.</param>
    /// <returns>Whether the values are equal.</returns>
    public bool Equals(LearningActivityKind other) => string.Equals(id, other.id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LearningActivityKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Identifiers.Hash(id);

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier, or an empty string for the default value.</returns>
    public override string ToString() => id ?? string.Empty;
}
