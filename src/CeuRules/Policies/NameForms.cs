using System;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>
/// A name in the singular and in the plural, as a sentence uses it: "in-service training" and "in-service
/// trainings"; in Spanish "capacitación interna" and "las capacitaciones internas".
/// </summary>
/// <remarks>
/// <para>Equality is ordinal by both forms.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class NameForms : IEquatable<NameForms>
{
    /// <summary>Creates the forms of a name.</summary>
    /// <param name="one">The singular, without an article, as a label: "in-service training".</param>
    /// <param name="other">The plural, as a sentence names the things in general: "in-service trainings", "las capacitaciones internas".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public NameForms(string one, string other)
    {
        One = Preconditions.CheckNotBlank(one);
        Other = Preconditions.CheckNotBlank(other);
    }

    /// <summary>The singular, without an article, as a label: "in-service training".</summary>
    public string One { get; }

    /// <summary>The plural, as a sentence names the things in general: "in-service trainings", in Spanish with its article, "las capacitaciones internas".</summary>
    public string Other { get; }

    /// <summary>The singular or the plural.</summary>
    /// <param name="plural">Whether the plural is wanted.</param>
    /// <returns>The form.</returns>
    public string Form(bool plural) => plural ? Other : One;

    /// <summary>Whether both forms are those of another name.</summary>
    /// <param name="other">The name to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(NameForms? other) =>
        other is not null && string.Equals(One, other.One, StringComparison.Ordinal) && string.Equals(Other, other.Other, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NameForms);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(One), StringComparer.Ordinal.GetHashCode(Other));

    /// <summary>Returns both forms: "in-service training / in-service trainings".</summary>
    /// <returns>The forms.</returns>
    public override string ToString() => One + " / " + Other;
}
