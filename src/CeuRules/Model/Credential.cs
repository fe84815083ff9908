using System;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>
/// A credential a body issues, such as the CMA (AAMA). Credentials are keyed by body as well as
/// acronym ("aama-cma", never "cma"): "CMA" is also an accountants' credential and "NCMA" is used
/// by an unrelated organisation.
/// </summary>
/// <remarks>
/// <para>Equality is ordinal by <see cref="Id"/>.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Credential : IEquatable<Credential>
{
    /// <summary>Creates a credential.</summary>
    /// <param name="id">The identifier used in the JSON contract, for example "aama-cma".</param>
    /// <param name="body">The body that issues it.</param>
    /// <param name="acronym">The acronym, for example "CMA".</param>
    /// <param name="name">The full name, for example "Certified Medical Assistant".</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a well-formed identifier, or a text is blank.</exception>
    public Credential(string id, CertifyingBody body, string acronym, string name)
    {
        Id = Identifiers.Check(id, nameof(id));
        Body = Preconditions.CheckNotNull(body);
        Acronym = Preconditions.CheckNotBlank(acronym);
        Name = Preconditions.CheckNotBlank(name);
    }

    /// <summary>Certified Medical Assistant, issued by the AAMA (<c>aama-cma</c>).</summary>
    public static Credential AamaCma { get; } = new("aama-cma", CertifyingBody.Aama, "CMA", "Certified Medical Assistant");

    /// <summary>Registered Medical Assistant, issued by the AMT (<c>amt-rma</c>).</summary>
    public static Credential AmtRma { get; } = new("amt-rma", CertifyingBody.Amt, "RMA", "Registered Medical Assistant");

    /// <summary>Certified Clinical Medical Assistant, issued by the NHA (<c>nha-ccma</c>).</summary>
    public static Credential NhaCcma { get; } = new("nha-ccma", CertifyingBody.Nha, "CCMA", "Certified Clinical Medical Assistant");

    /// <summary>National Certified Medical Assistant, issued by the NCCT (<c>ncct-ncma</c>).</summary>
    public static Credential NcctNcma { get; } = new("ncct-ncma", CertifyingBody.Ncct, "NCMA", "National Certified Medical Assistant");

    /// <summary>The identifier used in the JSON contract, for example "aama-cma".</summary>
    public string Id { get; }

    /// <summary>The body that issues the credential.</summary>
    public CertifyingBody Body { get; }

    /// <summary>The acronym, for example "CMA".</summary>
    public string Acronym { get; }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>Whether this credential has the same identifier as another.</summary>
    /// <param name="other">The credential to compare with.</param>
    /// <returns>Whether the identifiers are equal.</returns>
    public bool Equals(Credential? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Credential);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Returns the acronym with its body, for example "CMA (AAMA)".</summary>
    /// <returns>The display form.</returns>
    public override string ToString() => $"{Acronym} ({Body.Acronym})";
}
