using System;
using System.Collections.Immutable;

namespace CeuRules.Policies.BuiltIn;

/// <summary>
/// Builds the sources of the built-in packs from the sources table of the domain reference: a page
/// with its URL, or a document without one, each with its date or revision as published and its
/// authority; and the two sources every pack shares, the IACET page and the published overviews users
/// supplied (secondary, undated, unconfirmed).
/// </summary>
internal static class BuiltInSources
{
    /// <summary>The revision of a living page that carries no date of its own.</summary>
    internal const string Current = "current";

    /// <summary>The published overviews of medical-assistant CE requirements users supplied.</summary>
    private const string Overviews = "the overviews users supplied (seeds/)";

    private static readonly Uri IacetPage = new("https://iacet.org/ceus/about-the-ceu");

    /// <summary>A page of a body (or a copy of one) with its URL.</summary>
    internal static RuleSource Page(string citation, Uri url, string revision, SourceAuthority authority = SourceAuthority.Body,
        bool confirmed = true, string? note = null, ImmutableArray<RuleSource> further = default) =>
        new(citation, confirmed, note) { Url = url, Revision = revision, Authority = authority, FurtherSources = further };

    /// <summary>A document without a URL: named, with where it is kept.</summary>
    internal static RuleSource Document(string citation, string document, string? revision, SourceAuthority authority,
        bool confirmed = true, string? note = null, ImmutableArray<RuleSource> further = default) =>
        new(citation, confirmed, note) { Document = document, Revision = revision, Authority = authority, FurtherSources = further };

    /// <summary>The IACET's definition of the CEU: 10 contact hours.</summary>
    internal static RuleSource Iacet(string citation, bool confirmed = true, string? note = null, ImmutableArray<RuleSource> further = default) =>
        Page("IACET, About the CEU: " + citation, IacetPage, Current, SourceAuthority.Body, confirmed, note, further);

    /// <summary>The published overviews users supplied: secondary, undated and unconfirmed by the body.</summary>
    internal static RuleSource Overview(string citation, string? note = null, bool superseded = false, ImmutableArray<RuleSource> further = default) =>
        new("Published overviews of medical-assistant CE requirements: " + citation, confirmed: false, note)
        {
            Document = Overviews,
            Revision = "undated",
            Authority = SourceAuthority.Secondary,
            Superseded = superseded,
            FurtherSources = further,
        };
}
