using System;
using System.Collections.Immutable;
using CeuRules.Policies;
using Xunit;

namespace CeuRules.Tests.PolicyRules;

/// <summary>The contract of <see cref="RuleSource"/>: argument checks, equality by every property, the JSON ids of its authority.</summary>
public sealed class RuleSourceContractTest
{
    private static readonly Uri Page = new("https://www.example.org/policy");

    private static RuleSource Full() => new("Example body, Policy page: 12 hours a year", confirmed: true, note: "The body's page wins.")
    {
        Url = Page,
        Document = "Policy handbook",
        Revision = "rev. January 2023",
        Authority = SourceAuthority.Body,
        FurtherSources = [new RuleSource("Overview: 14 hours", confirmed: false) { Authority = SourceAuthority.Secondary, Superseded = true }],
    };

    [Fact]
    public void A_source_from_its_citation_alone_has_no_locator_revision_or_authority()
    {
        var source = new RuleSource("Acme HR policy 7");
        Assert.Equal(("Acme HR policy 7", true, (string?)null), (source.Citation, source.Confirmed, source.Note));
        Assert.Null(source.Url);
        Assert.Null(source.Document);
        Assert.Null(source.Revision);
        Assert.Null(source.Authority);
        Assert.False(source.Superseded);
        Assert.True(source.FurtherSources.IsEmpty);
        Assert.False(source.FurtherSources.IsDefault);
    }

    [Fact]
    public void Every_property_keeps_what_it_was_given()
    {
        var source = Full();
        Assert.Same(Page, source.Url);
        Assert.Equal("Policy handbook", source.Document);
        Assert.Equal("rev. January 2023", source.Revision);
        Assert.Equal(SourceAuthority.Body, source.Authority);
        Assert.Equal("The body's page wins.", source.Note);
        var further = Assert.Single(source.FurtherSources);
        Assert.True(further.Superseded);
        Assert.Equal(SourceAuthority.Secondary, further.Authority);
    }

    [Theory]
    [InlineData("relative/page")]
    [InlineData("ftp://example.org/policy")]
    [InlineData("file:///etc/policy")]
    [InlineData("mailto:office@example.org")]
    public void A_url_must_be_absolute_http_or_https(string url)
    {
        var e = Assert.Throws<ArgumentException>(() => new RuleSource("x") { Url = new Uri(url, UriKind.RelativeOrAbsolute) });
        Assert.Equal("Url", e.ParamName);
        Assert.Contains(url, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://example.org/policy")]
    [InlineData("https://example.org/a?b=c#d")]
    public void An_http_or_https_url_is_accepted(string url) =>
        Assert.Equal(url, new RuleSource("x") { Url = new Uri(url) }.Url!.OriginalString);

    [Fact]
    public void Text_arguments_must_not_be_blank()
    {
        Assert.Throws<ArgumentNullException>(() => new RuleSource(null!));
        Assert.Equal("citation", Assert.Throws<ArgumentException>(() => new RuleSource(" ")).ParamName);
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => new RuleSource("x", note: "")).ParamName);
        Assert.Equal("Document", Assert.Throws<ArgumentException>(() => new RuleSource("x") { Document = " " }).ParamName);
        Assert.Equal("Revision", Assert.Throws<ArgumentException>(() => new RuleSource("x") { Revision = "" }).ParamName);
        Assert.Throws<ArgumentNullException>(() => RuleSource.IsWebUrl(null!));
    }

    [Fact]
    public void An_undefined_authority_is_refused() =>
        Assert.Equal("Authority", Assert.Throws<ArgumentException>(() => new RuleSource("x") { Authority = (SourceAuthority)3 }).ParamName);

    [Fact]
    public void Further_sources_are_not_null_and_have_none_of_their_own()
    {
        Assert.Throws<ArgumentException>(() => new RuleSource("x") { FurtherSources = [null!] });
        var e = Assert.Throws<ArgumentException>(() => new RuleSource("x") { FurtherSources = [Full()] });
        Assert.Contains("Example body, Policy page", e.Message, StringComparison.Ordinal);
        Assert.True(new RuleSource("x") { FurtherSources = default }.FurtherSources.IsEmpty);
    }

    [Fact]
    public void Sources_are_equal_in_every_property_and_only_then()
    {
        var source = Full();
        Assert.Equal(source, Full());
        Assert.Equal(source.GetHashCode(), Full().GetHashCode());
        Assert.True(source.Equals((object)Full()));
        Assert.False(source.Equals(null));
        Assert.False(source.Equals("Example body, Policy page: 12 hours a year"));

        var further = Full().FurtherSources;
        RuleSource[] different =
        [
            new("Example body, Policy page: 13 hours a year", true, "The body's page wins.") { Url = Page, Document = "Policy handbook", Revision = "rev. January 2023", Authority = SourceAuthority.Body, FurtherSources = further },
            new("Example body, Policy page: 12 hours a year", false, "The body's page wins.") { Url = Page, Document = "Policy handbook", Revision = "rev. January 2023", Authority = SourceAuthority.Body, FurtherSources = further },
            new("Example body, Policy page: 12 hours a year", true, null) { Url = Page, Document = "Policy handbook", Revision = "rev. January 2023", Authority = SourceAuthority.Body, FurtherSources = further },
            new("Example body, Policy page: 12 hours a year", true, "The body's page wins.") { Url = new Uri("https://www.example.org/Policy"), Document = "Policy handbook", Revision = "rev. January 2023", Authority = SourceAuthority.Body, FurtherSources = further },
            new("Example body, Policy page: 12 hours a year", true, "The body's page wins.") { Document = "Policy handbook", Revision = "rev. January 2023", Authority = SourceAuthority.Body, FurtherSources = further },
            new("Example body, Policy page: 12 hours a year", true, "The body's page wins.") { Url = Page, Revision = "rev. January 2023", Authority = SourceAuthority.Body, FurtherSources = further },
            new("Example body, Policy page: 12 hours a year", true, "The body's page wins.") { Url = Page, Document = "Policy handbook", Revision = "2023-01", Authority = SourceAuthority.Body, FurtherSources = further },
            new("Example body, Policy page: 12 hours a year", true, "The body's page wins.") { Url = Page, Document = "Policy handbook", Revision = "rev. January 2023", Authority = SourceAuthority.Mirror, FurtherSources = further },
            new("Example body, Policy page: 12 hours a year", true, "The body's page wins.") { Url = Page, Document = "Policy handbook", Revision = "rev. January 2023", FurtherSources = further },
            new("Example body, Policy page: 12 hours a year", true, "The body's page wins.") { Url = Page, Document = "Policy handbook", Revision = "rev. January 2023", Authority = SourceAuthority.Body, FurtherSources = further, Superseded = true },
            new("Example body, Policy page: 12 hours a year", true, "The body's page wins.") { Url = Page, Document = "Policy handbook", Revision = "rev. January 2023", Authority = SourceAuthority.Body },
            new("Example body, Policy page: 12 hours a year", true, "The body's page wins.") { Url = Page, Document = "Policy handbook", Revision = "rev. January 2023", Authority = SourceAuthority.Body, FurtherSources = [new RuleSource("Overview: 14 hours", confirmed: false) { Authority = SourceAuthority.Secondary }] },
        ];
        foreach (var other in different)
        {
            Assert.NotEqual(source, other);
            Assert.NotEqual(other, source);
        }
    }

    [Fact]
    public void The_string_is_the_citation_marked_where_unconfirmed()
    {
        Assert.Equal("Example body, Policy page: 12 hours a year", Full().ToString());
        Assert.Equal("Overview: 14 hours (unconfirmed)", Full().FurtherSources[0].ToString());
    }

    [Theory]
    [InlineData(SourceAuthority.Body, "body")]
    [InlineData(SourceAuthority.Mirror, "mirror")]
    [InlineData(SourceAuthority.Secondary, "secondary")]
    public void Each_authority_has_its_documented_id(SourceAuthority authority, string id) => Assert.Equal(id, authority.ToId());

    [Fact]
    public void An_undefined_authority_has_no_id() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((SourceAuthority)7).ToId());

    [Fact]
    public void The_sources_of_the_evaluation_s_own_rules_name_their_document_and_no_authority()
    {
        Assert.Equal("docs/decisions.md", RuleSource.CeuRules.Document);
        Assert.Null(RuleSource.CeuRules.Authority);
        Assert.Equal(ImmutableArray<RuleSource>.Empty, RuleSource.CeuRules.FurtherSources);
    }
}
