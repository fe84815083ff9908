using System;
using System.Linq;
using System.Text.Json.Nodes;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>The source fields of the policy file: read, written back, and each bad value a located finding.</summary>
public sealed class PolicySourceJsonTest
{
    private static JsonObject Root() => JsonNode.Parse(PolicyJsonReaderTest.Minimal)!.AsObject();

    private static PolicyReadResult ReadWithSource(JsonNode source)
    {
        var root = Root();
        root["source"] = source;
        return PolicyJsonReader.Read(root.ToJsonString());
    }

    private static JsonObject Full() => new()
    {
        ["citation"] = "Acme Health, HR policy 12: 12 contact hours a year",
        ["url"] = "https://intranet.example.org/hr/policy-12?rev=3",
        ["revision"] = "rev. January 2024",
        ["authority"] = "body",
        ["note"] = "The policy wins over the onboarding slides.",
        ["furtherSources"] = new JsonArray(
            "Onboarding slides",
            new JsonObject
            {
                ["citation"] = "Onboarding slides: 10 contact hours",
                ["document"] = "Onboarding slides, HR share drive",
                ["revision"] = "undated",
                ["authority"] = "secondary",
                ["confirmed"] = false,
                ["superseded"] = true,
            }),
    };

    private static Finding Single(PolicyReadResult result, string code, string path, string? value = null)
    {
        var finding = Assert.Single(result.Findings, f => f.Code == code);
        Assert.Equal(path, finding.Path);
        if (value is not null)
        {
            Assert.Contains(value, finding.Message, StringComparison.Ordinal);
        }
        if (finding.Severity == FindingSeverity.Error)
        {
            Assert.False(result.IsValid);
            Assert.Empty(result.Policies);
        }
        return finding;
    }

    [Fact]
    public void Every_source_field_reads_into_the_rule_s_source()
    {
        var result = ReadWithSource(Full());
        Assert.Empty(result.Findings);
        var source = result.Policies[0].Requirements[0].Source;
        Assert.Equal("Acme Health, HR policy 12: 12 contact hours a year", source.Citation);
        Assert.Equal("https://intranet.example.org/hr/policy-12?rev=3", source.Url!.OriginalString);
        Assert.Null(source.Document);
        Assert.Equal(("rev. January 2024", SourceAuthority.Body, true, false), (source.Revision, source.Authority, source.Confirmed, source.Superseded));
        Assert.Equal("The policy wins over the onboarding slides.", source.Note);
        Assert.Equal(2, source.FurtherSources.Length);
        Assert.Equal(new RuleSource("Onboarding slides"), source.FurtherSources[0]);
        var slides = source.FurtherSources[1];
        Assert.Equal(("Onboarding slides, HR share drive", "undated", SourceAuthority.Secondary, false, true),
            (slides.Document, slides.Revision, slides.Authority, slides.Confirmed, slides.Superseded));
    }

    [Theory]
    [InlineData("mirror", SourceAuthority.Mirror)]
    [InlineData("secondary", SourceAuthority.Secondary)]
    public void Each_authority_id_reads(string id, SourceAuthority authority) =>
        Assert.Equal(authority, ReadWithSource(new JsonObject { ["citation"] = "x", ["authority"] = id }).Policies[0].Window.Source.Authority);

    [Fact]
    public void The_earlier_shapes_still_read()
    {
        Assert.Equal(new RuleSource("Acme"), ReadWithSource("Acme").Policies[0].Expiration.Source);
        Assert.Equal(new RuleSource("Acme", confirmed: false, note: "Draft"),
            ReadWithSource(new JsonObject { ["citation"] = "Acme", ["confirmed"] = false, ["note"] = "Draft" }).Policies[0].Expiration.Source);
    }

    [Fact]
    public void A_policy_with_sources_of_every_shape_round_trips()
    {
        var root = Root();
        var version = root["versions"]![0]!.AsObject();
        version["expiration"]!["source"] = Full();
        version["source"] = new JsonObject { ["citation"] = "Memo 3", ["document"] = "HR memo 3", ["authority"] = "mirror" };
        version["requirements"]![0]!["source"] = "Part source";
        var read = PolicyJsonReader.Read(root.ToJsonString());
        Assert.Empty(read.Findings);

        var written = PolicyJsonWriter.Write(read.Policies);
        var again = PolicyJsonReader.Read(written);
        Assert.Empty(again.Findings);
        Assert.Equal(read.Policies[0].Rules().Select(r => r.Source), again.Policies[0].Rules().Select(r => r.Source));
        Assert.Equal(written, PolicyJsonWriter.Write(again.Policies));
        Assert.Contains("\"authority\": \"mirror\"", written, StringComparison.Ordinal);
        Assert.Contains("\"url\": \"https://intranet.example.org/hr/policy-12?rev=3\"", written, StringComparison.Ordinal);
        Assert.Contains("\"superseded\": true", written, StringComparison.Ordinal);
    }

    [Fact]
    public void The_built_in_sources_are_written_with_their_urls_revisions_and_authorities()
    {
        var written = PolicyJsonWriter.Write(AmtRma.Versions);
        Assert.Contains("\"url\": \"https://americanmedtech.org/Certification/Stay-Certified/tabs/3\"", written, StringComparison.Ordinal);
        Assert.Contains("\"member\": 50", written, StringComparison.Ordinal);
        var fee = PolicyJsonReader.Read(written).Policies[1].FeeOf(FeeKind.Annual)!;
        Assert.Equal(AmtRma.From2021.FeeOf(FeeKind.Annual)!.Source, fee.Source);
    }

    private static readonly Gen<string> TextGen = Gen.Elements("Acme HR policy 12", "Memo \"3\"", "Überblick: 12 Stunden", "a | b", "line\nbreak");

    private static readonly Gen<RuleSource> PlainSourceGen =
        from citation in TextGen
        from confirmed in Gen.Elements(true, false)
        from note in Gen.Elements<string?>(null, "Chosen", "Note \"quoted\"")
        from url in Gen.Elements<Uri?>(null, new Uri("https://example.org/a?b=c&d=é"), new Uri("http://EXAMPLE.org/Policy#part"))
        from document in Gen.Elements<string?>(null, "Handbook, section 7")
        from revision in Gen.Elements<string?>(null, "current", "2023-01", "first published 2022-02-23, updated 2025-06-24")
        from authority in Gen.Elements<SourceAuthority?>(null, SourceAuthority.Body, SourceAuthority.Mirror, SourceAuthority.Secondary)
        from superseded in Gen.Elements(false, true)
        select new RuleSource(citation, confirmed, note) { Url = url, Document = document, Revision = revision, Authority = authority, Superseded = superseded };

    private static readonly Gen<RuleSource> SourceGen =
        from first in PlainSourceGen
        from further in Gen.ListOf(PlainSourceGen).Select(l => l.Take(3).ToArray())
        select new RuleSource(first.Citation, first.Confirmed, first.Note)
        {
            Url = first.Url, Document = first.Document, Revision = first.Revision, Authority = first.Authority, Superseded = first.Superseded,
            FurtherSources = [.. further],
        };

    [Property(MaxTest = 200)]
    public Property Any_source_on_any_part_round_trips() =>
        Prop.ForAll(SourceGen.ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (source, where) =>
        {
            var original = PolicyJsonReader.Read(PolicyJsonReaderTest.Minimal).Policies[0];
            var policy = where switch
            {
                0 => original.Revise("2025", new NodaTime.LocalDate(2025, 1, 1), null, [new TotalMinimum("acme-rn/total", source, CreditAmount.FromUnits(3))]),
                1 => original.Revise("2025", new NodaTime.LocalDate(2025, 1, 1), null, [new CeTimeLimit("acme-rn/ce-time-limit", source, null)]),
                _ => original.Revise("2025", new NodaTime.LocalDate(2025, 1, 1), null, [new FeeRule("acme-rn/fee-annual", source, FeeKind.Annual, Money.FromDollars(5), Money.FromDollars(5))]),
            };
            var written = PolicyJsonWriter.Write([original, policy]);
            var read = PolicyJsonReader.Read(written);
            return read.Findings.IsEmpty
                && read.Policies[1].Rules().Select(r => r.Source).SequenceEqual(policy.Rules().Select(r => r.Source))
                && PolicyJsonWriter.Write(read.Policies) == written;
        });

    [Theory]
    [InlineData("www.example.org/policy")]
    [InlineData("/hr/policy-12")]
    [InlineData("ftp://example.org/policy")]
    [InlineData("file:///etc/policy")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://")]
    public void A_url_that_is_not_absolute_http_or_https_is_refused_where_it_stands(string url)
    {
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["url"] = url }), "invalid-url", "source.url", url);
        var root = Root();
        root["versions"]![0]!["requirements"]![0]!["source"] = new JsonObject { ["citation"] = "x", ["url"] = url };
        Single(PolicyJsonReader.Read(root.ToJsonString()), "invalid-url", "versions[0].requirements[0].source.url", url);
    }

    [Fact]
    public void An_unknown_authority_is_refused_naming_the_known_ones()
    {
        var finding = Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["authority"] = "official" }), "unknown-value", "source.authority", "official");
        Assert.Contains("body, mirror, secondary", finding.Message, StringComparison.Ordinal);
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["authority"] = "Body" }), "unknown-value", "source.authority", "Body");
    }

    [Fact]
    public void Source_fields_of_the_wrong_type_are_located()
    {
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["url"] = 12 }), "wrong-type", "source.url");
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["authority"] = true }), "wrong-type", "source.authority");
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["superseded"] = "yes" }), "wrong-type", "source.superseded");
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["revision"] = 2023 }), "wrong-type", "source.revision");
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["furtherSources"] = "Overview" }), "wrong-type", "source.furtherSources");
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["furtherSources"] = new JsonArray(7) }), "wrong-type", "source.furtherSources[0]");
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["furtherSources"] = new JsonArray(new JsonObject { ["url"] = "https://example.org" }) }),
            "missing-field", "source.furtherSources[0].citation");
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["furtherSources"] = new JsonArray(new JsonObject { ["citation"] = "y", ["url"] = "example.org" }) }),
            "invalid-url", "source.furtherSources[0].url", "example.org");
    }

    [Fact]
    public void Empty_source_texts_are_missing()
    {
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["revision"] = " " }), "missing-field", "source.revision");
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["document"] = "" }), "missing-field", "source.document");
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["url"] = "" }), "missing-field", "source.url");
    }

    [Fact]
    public void A_further_source_cannot_have_further_sources_of_its_own()
    {
        var nested = new JsonObject
        {
            ["citation"] = "x",
            ["furtherSources"] = new JsonArray(new JsonObject { ["citation"] = "y", ["furtherSources"] = new JsonArray("z") }),
        };
        var result = ReadWithSource(nested);
        var finding = Single(result, "unknown-field", "source.furtherSources[0].furtherSources");
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.True(result.IsValid);
        Assert.Equal(new RuleSource("y"), Assert.Single(result.Policies[0].Expiration.Source.FurtherSources));
    }

    [Fact]
    public void Too_many_further_sources_are_refused()
    {
        var many = new JsonArray();
        for (int i = 0; i <= PolicyJsonReader.MaxArrayItems; i++)
        {
            many.Add("Overview " + i);
        }
        Single(ReadWithSource(new JsonObject { ["citation"] = "x", ["furtherSources"] = many }), "too-many-items", "source.furtherSources");
    }
}
