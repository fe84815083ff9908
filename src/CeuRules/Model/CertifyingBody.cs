using System;
using System.Collections.Immutable;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>An organisation that issues credentials and approves continuing education: AAMA, AMT, NHA, NCCT or another.</summary>
/// <remarks>
/// <para>Equality is ordinal by <see cref="Id"/>; the name is descriptive only.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CertifyingBody : IEquatable<CertifyingBody>
{
    /// <summary>Creates a certifying body.</summary>
    /// <param name="id">The identifier used in the JSON contract, for example "aama".</param>
    /// <param name="acronym">The acronym people use, for example "AAMA".</param>
    /// <param name="name">The full name.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a well-formed identifier, or a text is blank.</exception>
    public CertifyingBody(string id, string acronym, string name)
    {
        Id = Identifiers.Check(id, nameof(id));
        Acronym = Preconditions.CheckNotBlank(acronym);
        Name = Preconditions.CheckNotBlank(name);
    }

    /// <summary>American Association of Medical Assistants (<c>aama</c>), issuer of the CMA (AAMA).</summary>
    public static CertifyingBody Aama { get; } = new("aama", "AAMA", "American Association of Medical Assistants");

    /// <summary>American Medical Technologists (<c>amt</c>), issuer of the RMA (AMT).</summary>
    public static CertifyingBody Amt { get; } = new("amt", "AMT", "American Medical Technologists");

    /// <summary>National Healthcareer Association (<c>nha</c>), issuer of the CCMA (NHA).</summary>
    public static CertifyingBody Nha { get; } = new("nha", "NHA", "National Healthcareer Association");

    /// <summary>National Center for Competency Testing (<c>ncct</c>), issuer of the NCMA (NCCT).</summary>
    public static CertifyingBody Ncct { get; } = new("ncct", "NCCT", "National Center for Competency Testing");

    /// <summary>The identifier used in the JSON contract, for example "aama".</summary>
    public string Id { get; }

    /// <summary>The acronym, for example "AAMA".</summary>
    public string Acronym { get; }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>
    /// How a sentence names the body in each language, with the article the language puts before it, by
    /// two-letter ISO 639-1 code: <c>en</c> "Example Clinic", <c>es</c> "la clínica Example"; empty by default.
    /// The explanation layer uses it in the reader's language ("approved by Example Clinic", "aprobado por la
    /// clínica Example", "miembro de la clínica Example") and otherwise names the body by its acronym after the
    /// language's article ("the AAMA", "la AAMA"; the built-in bodies' own words where the resources have them).
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    /// <exception cref="ArgumentException">A language is not two lower-case letters, or a text is blank.</exception>
    public ImmutableSortedDictionary<string, string> InSentence
    {
        get => inSentence;
        init
        {
            Preconditions.CheckNotNull(value);
            inSentence = Preconditions.CheckLanguageTexts(value, "text", nameof(InSentence));
        }
    }

    private readonly ImmutableSortedDictionary<string, string> inSentence = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>How a sentence in <paramref name="language"/> names the body (<see cref="InSentence"/>), or null when it says nothing for that language.</summary>
    /// <param name="language">A two-letter ISO 639-1 language code, for example <c>es</c>.</param>
    /// <returns>The words, or null.</returns>
    public string? InSentenceIn(string language) => inSentence.TryGetValue(language, out var text) ? text : null;

    /// <summary>Whether this body has the same identifier as another.</summary>
    /// <param name="other">The body to compare with.</param>
    /// <returns>Whether the identifiers are equal.</returns>
    public bool Equals(CertifyingBody? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CertifyingBody);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the acronym.</summary>
    /// <returns>The acronym.</returns>
    public override string ToString() => Acronym;
}
