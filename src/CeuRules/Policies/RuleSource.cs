using System;
using System.Collections.Immutable;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>How authoritative a source is.</summary>
/// <remarks>The JSON ids are listed on each value (<see cref="PolicyIds.ToId(SourceAuthority)"/>).</remarks>
public enum SourceAuthority
{
    /// <summary>The certifying body's own page or document, its own blog or press release included (<c>body</c>).</summary>
    Body = 0,

    /// <summary>A copy of a body's document hosted elsewhere (<c>mirror</c>).</summary>
    Mirror = 1,

    /// <summary>Anything else: schools, societies, published overviews, the documents users supplied (<c>secondary</c>).</summary>
    Secondary = 2,
}

/// <summary>The stable identifiers of the policy enums, as used in the JSON formats.</summary>
public static class PolicyIds
{
    /// <summary>The JSON id of an authority: "body", "mirror" or "secondary".</summary>
    /// <param name="authority">The authority.</param>
    /// <returns>The id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="authority"/> is not defined.</exception>
    public static string ToId(this SourceAuthority authority) => authority switch
    {
        SourceAuthority.Body => "body",
        SourceAuthority.Mirror => "mirror",
        SourceAuthority.Secondary => "secondary",
        _ => throw new ArgumentOutOfRangeException(nameof(authority), authority, "Unknown source authority."),
    };
}

/// <summary>
/// Where a rule comes from, as an auditor would open it: the citation (the document's title and what it
/// states), where to find it (a URL, or the name of a document that has none), its date or revision as
/// the document itself publishes it, how authoritative it is, and whether the body itself confirms the
/// value. A rule may cite further sources (<see cref="FurtherSources"/>): one that words the rule
/// differently, or one whose value the rule does not use (<see cref="Superseded"/>), so that a
/// disagreement between sources and the choice made stay visible.
/// </summary>
/// <remarks>
/// <para>The citation, confirmation and note are constructor arguments; the rest are init-only
/// properties that default to none. A source created with the citation alone (the shape of earlier
/// versions) has no URL, document, revision or authority.</para>
/// <para>Equality is by every property: citation, confirmation, note, URL (by its text as given, so that
/// a source read back from JSON equals the one written), document, revision, authority, superseded and
/// the further sources in order. All text comparisons are ordinal.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class RuleSource : IEquatable<RuleSource>
{
    private readonly Uri? url;
    private readonly string? document;
    private readonly string? revision;
    private readonly SourceAuthority? authority;
    private readonly ImmutableArray<RuleSource> furtherSources = ImmutableArray<RuleSource>.Empty;

    /// <summary>Creates a source.</summary>
    /// <param name="citation">The document's title and what it states, for example "AAMA, Recertification policies: 60 points in 5 years".</param>
    /// <param name="confirmed">Whether the body itself confirms the value; false for values known only from secondary sources.</param>
    /// <param name="note">A note on how the value was chosen where sources disagree, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="citation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="citation"/> or <paramref name="note"/> is blank.</exception>
    public RuleSource(string citation, bool confirmed = true, string? note = null)
    {
        Citation = Preconditions.CheckNotBlank(citation);
        Confirmed = confirmed;
        Note = note is null ? null : Preconditions.CheckNotBlank(note);
    }

    /// <summary>The rules CeuRules itself applies to every evaluation (the as-of date, duplicates); it has no authority.</summary>
    public static RuleSource CeuRules { get; } = new("CeuRules evaluation rules (docs/decisions.md)") { Document = "docs/decisions.md" };

    /// <summary>The document's title and what it states.</summary>
    public string Citation { get; }

    /// <summary>Whether the body itself confirms the value.</summary>
    public bool Confirmed { get; }

    /// <summary>How the value was chosen where sources disagree, or null.</summary>
    public string? Note { get; }

    /// <summary>The address of the page or document, or null when it has none (see <see cref="Document"/>).</summary>
    /// <value>An absolute http or https URL, or null (the default).</value>
    /// <exception cref="ArgumentException">On setting: the URL is not absolute, or its scheme is neither http nor https.</exception>
    public Uri? Url
    {
        get => url;
        init
        {
            Preconditions.CheckArgument(value is null || IsWebUrl(value),
                $"'{value}' is not an absolute http or https URL.", nameof(Url));
            url = value;
        }
    }

    /// <summary>
    /// The name of the document and where it is kept, for a source without a URL (an e-mail announcement,
    /// a document on a mirror site, the documents users supplied), or null.
    /// </summary>
    /// <value>Non-blank text, or null (the default).</value>
    /// <exception cref="ArgumentException">On setting: the text is blank.</exception>
    public string? Document
    {
        get => document;
        init => document = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Document));
    }

    /// <summary>
    /// The date or revision as the document publishes it, for example "2023-01", "rev. January 2023",
    /// "first published 2022-02-23, updated 2025-06-24"; "current" for a living page that carries no
    /// date; "undated" for a document without one; null when not stated. Never the day it was read.
    /// </summary>
    /// <value>Non-blank text, or null (the default).</value>
    /// <exception cref="ArgumentException">On setting: the text is blank.</exception>
    public string? Revision
    {
        get => revision;
        init => revision = value is null ? null : Preconditions.CheckNotBlank(value, nameof(Revision));
    }

    /// <summary>How authoritative the source is, or null when not stated.</summary>
    /// <value>A defined authority, or null (the default).</value>
    /// <exception cref="ArgumentException">On setting: the value is not a defined <see cref="SourceAuthority"/>.</exception>
    public SourceAuthority? Authority
    {
        get => authority;
        init
        {
            Preconditions.CheckArgument(value is null || Enum.IsDefined(value.Value), $"Unknown source authority {value}.", nameof(Authority));
            authority = value;
        }
    }

    /// <summary>
    /// Whether this source states a value the rule does not use: another source, named in the rule's
    /// first source's <see cref="Note"/>, was preferred. Meaningful for a further source.
    /// </summary>
    public bool Superseded { get; init; }

    /// <summary>Further sources of the same rule, in order: another wording, a copy, or a value not used. Defaults to empty.</summary>
    /// <exception cref="ArgumentException">On setting: an element is null or has further sources of its own.</exception>
    public ImmutableArray<RuleSource> FurtherSources
    {
        get => furtherSources;
        init
        {
            var list = value.IsDefault ? ImmutableArray<RuleSource>.Empty : value;
            foreach (var further in list)
            {
                Preconditions.CheckArgument(further is not null, "A further source must not be null.", nameof(FurtherSources));
                Preconditions.CheckArgument(further.furtherSources.IsEmpty,
                    $"The further source '{further.Citation}' has further sources of its own; list them all on the rule's first source.", nameof(FurtherSources));
            }
            furtherSources = list;
        }
    }

    /// <summary>Whether a URL is absolute with the http or https scheme, as <see cref="Url"/> requires.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>Whether it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public static bool IsWebUrl(Uri url)
    {
        Preconditions.CheckNotNull(url);
        return url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
    }

    /// <summary>Whether this source equals another in every property, further sources included.</summary>
    /// <param name="other">The source to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(RuleSource? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null
            || !string.Equals(Citation, other.Citation, StringComparison.Ordinal)
            || Confirmed != other.Confirmed
            || !string.Equals(Note, other.Note, StringComparison.Ordinal)
            || !string.Equals(url?.OriginalString, other.url?.OriginalString, StringComparison.Ordinal)
            || !string.Equals(document, other.document, StringComparison.Ordinal)
            || !string.Equals(revision, other.revision, StringComparison.Ordinal)
            || authority != other.authority
            || Superseded != other.Superseded
            || furtherSources.Length != other.furtherSources.Length)
        {
            return false;
        }
        for (int i = 0; i < furtherSources.Length; i++)
        {
            if (!furtherSources[i].Equals(other.furtherSources[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RuleSource);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.Ordinal.GetHashCode(Citation),
        url is null ? 0 : StringComparer.Ordinal.GetHashCode(url.OriginalString),
        authority,
        furtherSources.Length);

    /// <summary>Returns the citation, marked "(unconfirmed)" where the body does not confirm it.</summary>
    /// <returns>The formatted source.</returns>
    public override string ToString() => Confirmed ? Citation : Citation + " (unconfirmed)";
}
