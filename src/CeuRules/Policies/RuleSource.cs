using System;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>
/// Where a rule comes from: the certifying body's page or document that states it, and whether the
/// body itself confirms the value (several values are known only from secondary sources).
/// </summary>
/// <remarks>
/// <para>Equality is by citation, note and confirmation.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleSource : IEquatable<RuleSource>
{
    /// <summary>Creates a source.</summary>
    /// <param name="citation">The document that states the rule, for example "AAMA, Recertification requirements".</param>
    /// <param name="confirmed">Whether the body itself confirms the value; false for values known only from secondary sources.</param>
    /// <param name="note">A note on how the value was chosen where sources disagree, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="citation"/> is blank.</exception>
    public RuleSource(string citation, bool confirmed = true, string? note = null)
    {
        Citation = Preconditions.CheckNotBlank(citation);
        Confirmed = confirmed;
        Note = note;
    }

    /// <summary>The rules CeuRules itself applies to every evaluation (the as-of date, duplicates).</summary>
    public static RuleSource CeuRules { get; } = new("CeuRules evaluation rules (docs/decisions.md)");

    /// <summary>The document that states the rule.</summary>
    public string Citation { get; }

    /// <summary>Whether the body itself confirms the value.</summary>
    public bool Confirmed { get; }

    /// <summary>How the value was chosen where sources disagree, or null.</summary>
    public string? Note { get; }

    /// <summary>Whether this source equals another in every property.</summary>
    /// <param name="other">The source to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(RuleSource? other) =>
        other is not null && string.Equals(Citation, other.Citation, StringComparison.Ordinal) && Confirmed == other.Confirmed
        && string.Equals(Note, other.Note, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSource);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Citation);

    /// <summary>Returns the citation, marked "(unconfirmed)" where the body does not confirm it.</summary>
    /// <returns>The formatted source.</returns>
    public override string ToString() => Confirmed ? Citation : Citation + " (unconfirmed)";
}
