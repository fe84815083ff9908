using System;
using System.Collections.Generic;
using System.Linq;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using Xunit;

namespace CeuRules.Tests.PolicyRules;

/// <summary>
/// Every rule of every built-in policy version cites sources an auditor can open: the page's URL or the
/// document's name, its date or revision, and its authority, as the sources table of the domain
/// reference gives them.
/// </summary>
public sealed class BuiltInSourcesTest
{
    public static TheoryData<string> PolicyIds()
    {
        var data = new TheoryData<string>();
        foreach (var policy in PolicyCatalog.BuiltIn.Policies)
        {
            data.Add(policy.PolicyId);
        }
        return data;
    }

    private static CredentialPolicy Policy(string policyId) => PolicyCatalog.BuiltIn.Policies.Single(p => p.PolicyId == policyId);

    /// <summary>Each rule with each of its sources, the first and the further ones.</summary>
    private static IEnumerable<(string RuleId, RuleSource Source)> Sources(CredentialPolicy policy) =>
        policy.Rules().SelectMany(r => new[] { r.Source }.Concat(r.Source.FurtherSources).Select(s => (r.RuleId, s)));

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void Every_rule_id_of_every_version_cites_at_least_one_source(string policyId)
    {
        var rules = Policy(policyId).Rules().ToList();
        Assert.NotEmpty(rules);
        Assert.Equal(rules.Count, rules.Select(r => r.RuleId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source?.Citation), $"{r.RuleId} cites no source."));
    }

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void Every_source_of_every_rule_has_an_authority(string policyId) =>
        Assert.All(Sources(Policy(policyId)), s => Assert.True(s.Source.Authority is not null, $"{s.RuleId}: '{s.Source.Citation}' has no authority."));

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void Every_body_or_mirror_source_has_an_http_url_or_names_its_document(string policyId)
    {
        foreach (var (ruleId, source) in Sources(Policy(policyId)).Where(s => s.Source.Authority is SourceAuthority.Body or SourceAuthority.Mirror))
        {
            Assert.True(source.Url is { } url ? RuleSource.IsWebUrl(url) : !string.IsNullOrWhiteSpace(source.Document),
                $"{ruleId}: '{source.Citation}' has neither an http(s) URL nor a document.");
        }
    }

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void A_mirror_names_the_document_it_copies_and_a_secondary_source_never_claims_the_body_s_confirmation(string policyId)
    {
        foreach (var (ruleId, source) in Sources(Policy(policyId)))
        {
            if (source.Authority == SourceAuthority.Mirror)
            {
                Assert.True(source.Document is not null, $"{ruleId}: the mirror '{source.Citation}' names no document.");
            }
            if (source.Authority == SourceAuthority.Secondary)
            {
                Assert.False(source.Confirmed, $"{ruleId}: the secondary source '{source.Citation}' says it is confirmed.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void A_page_of_a_body_has_its_date_or_revision_as_published(string policyId)
    {
        foreach (var (ruleId, source) in Sources(Policy(policyId)).Where(s => s.Source.Url is not null))
        {
            Assert.False(string.IsNullOrWhiteSpace(source.Revision), $"{ruleId}: '{source.Citation}' has no date or revision.");
        }
    }

    [Theory]
    [MemberData(nameof(PolicyIds))]
    public void Only_a_further_source_is_superseded(string policyId) =>
        Assert.All(Policy(policyId).Rules(), r => Assert.False(r.Source.Superseded, $"{r.RuleId}: the rule's own source is superseded."));

    [Fact]
    public void The_RMA_annual_fee_is_the_AMT_s_own_50_dollars_with_the_overviews_75_recorded_as_superseded()
    {
        foreach (var policy in AmtRma.Versions)
        {
            var fee = Assert.IsType<FeeRule>(policy.FeeOf(FeeKind.Annual));
            Assert.Equal((Money.FromDollars(50), Money.FromDollars(50)), (fee.Member, fee.NonMember));
            Assert.Equal(SourceAuthority.Body, fee.Source.Authority);
            Assert.True(fee.Source.Confirmed);
            Assert.Equal("https://americanmedtech.org/Certification/Stay-Certified/tabs/3", fee.Source.Url!.OriginalString);
            Assert.Contains("$50", fee.Source.Citation, StringComparison.Ordinal);
            Assert.Contains("$75", fee.Source.Note, StringComparison.Ordinal);

            var superseded = Assert.Single(fee.Source.FurtherSources, s => s.Superseded);
            Assert.Equal(SourceAuthority.Secondary, superseded.Authority);
            Assert.False(superseded.Confirmed);
            Assert.Contains("$75", superseded.Citation, StringComparison.Ordinal);
            var sheet = Assert.Single(fee.Source.FurtherSources, s => s.Authority == SourceAuthority.Mirror);
            Assert.Contains("$50", sheet.Citation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_AAMA_90_day_rule_cites_the_announcement_and_the_press_release_s_three_months()
    {
        var limit = AamaCma.From2020.CeTimeLimit;
        Assert.Equal(SourceAuthority.Body, limit.Source.Authority);
        Assert.Null(limit.Source.Url);
        Assert.Contains("announcement", limit.Source.Document, StringComparison.OrdinalIgnoreCase);
        var release = Assert.Single(limit.Source.FurtherSources);
        Assert.Equal(("2018-04-12", SourceAuthority.Body), (release.Revision, release.Authority));
        Assert.Contains("three months", release.Citation, StringComparison.Ordinal);
        Assert.StartsWith("https://www.prnewswire.com/", release.Url!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public void The_values_the_bodies_do_not_confirm_are_the_ones_the_domain_reference_marks_unconfirmed()
    {
        var unconfirmed = PolicyCatalog.BuiltIn.Policies.SelectMany(p => p.Rules()).Where(r => !r.Source.Confirmed)
            .Select(r => r.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            "aama-cma/fee-ce", "aama-cma/fee-exam", "aama-cma/self-study",
            "amt-rma/contact-hour", "amt-rma/iacet-ceu",
            "ncct-ncma/contact-hour", "ncct-ncma/fee-recertification", "ncct-ncma/iacet-ceu", "ncct-ncma/total",
            "nha-ccma/fee-renewal",
        ], unconfirmed);
    }

    [Fact]
    public void The_AAMA_2020_version_is_the_earlier_one_with_its_CE_time_limit_replaced_and_a_reactivation_fee_added()
    {
        var before = AamaCma.Before2020.Rules().ToDictionary(r => r.RuleId, StringComparer.Ordinal);
        var changed = new HashSet<string>(StringComparer.Ordinal) { "aama-cma/ce-time-limit", "aama-cma/ce-time-limit-transition", "aama-cma/fee-reactivation" };
        foreach (var rule in AamaCma.From2020.Rules())
        {
            if (changed.Contains(rule.RuleId))
            {
                Assert.False(before.TryGetValue(rule.RuleId, out var earlier) && ReferenceEquals(earlier, rule), rule.RuleId);
            }
            else
            {
                Assert.Same(before[rule.RuleId], rule);
            }
        }
        Assert.Equal(before.Count + 2, AamaCma.From2020.Rules().Count());
    }

    [Fact]
    public void The_AMT_2021_version_is_the_earlier_one_with_the_employment_cutoff_added()
    {
        var before = AmtRma.Before2021.Rules().ToList();
        var after = AmtRma.From2021.Rules().ToList();
        Assert.Equal(before, after.Where(r => r.RuleId != "amt-rma/employment-cutoff"), ReferenceEqualityComparer.Instance);
        Assert.Single(after, r => r.RuleId == "amt-rma/employment-cutoff");
        Assert.Same(AmtRma.Before2021.FeeOf(FeeKind.Annual), AmtRma.From2021.FeeOf(FeeKind.Annual));
    }
}
