using System;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.PolicyRules;

/// <summary>
/// What a catalog refuses, with the sentence that says why, and which version governs a cycle at the
/// boundary of an effective date.
/// </summary>
public sealed class PolicyCatalogContractTest
{
    private static readonly RuleSource Handbook = new("Acme Health HR policy 12, 2024");

    private static readonly CertifyingBody Acme = new("acme", "ACME", "Acme Health");

    private static readonly Credential AcmeRn = new("acme-rn", Acme, "RN", "Acme registered nurse CE");

    private static readonly ExpirationRule Yearly = new("acme-rn/expiration", Handbook, Period.FromYears(1), ExpirationConvention.DayBeforeAnniversary);

    private static readonly CreditWindowRule Window = new("acme-rn/window", Handbook);

    private static readonly UnitRule ContactHours = new("acme-rn/units", Handbook, CreditUnit.ContactHour, ImmutableArray<UnitConversion>.Empty);

    private static readonly CeTimeLimit NoCeAfterExpiration = new("acme-rn/ce-time-limit", Handbook, null);

    private static readonly CategoryRule SafetyAndClinical = new("acme-rn/categories", Handbook, [new Category("safety"), Category.Clinical], required: false);

    private static CredentialPolicy Version(string version, LocalDate effectiveFrom, Credential? credential = null) =>
        new(credential ?? AcmeRn, version, effectiveFrom, Yearly, Window, ContactHours, NoCeAfterExpiration);

    private static CprCardRule CprCards(Category category) =>
        new("acme-rn/cpr-cards", Handbook, CreditAmount.FromUnits(2), category, 24, 1, countsAsApproved: true);

    /// <summary>The message of the refusal of <paramref name="policies"/>, checked to name the argument.</summary>
    private static string Refusal(params CredentialPolicy[] policies)
    {
        var e = Assert.Throws<ArgumentException>(() => new PolicyCatalog(policies));
        Assert.Equal("policies", e.ParamName);
        return e.Message;
    }

    private static string Inconsistent(string problems) => $"The policies are inconsistent: {problems} (Parameter 'policies')";

    [Fact]
    public void A_consistent_policy_makes_a_catalog()
    {
        var policy = new CredentialPolicy(AcmeRn, "2024", D(2024, 1, 1), Yearly, Window, ContactHours, NoCeAfterExpiration)
        {
            Categories = SafetyAndClinical,
            Requirements = [new CategoryMinimum("acme-rn/category:safety", Handbook, new Category("safety"), CreditAmount.FromUnits(2))],
            CprCards = CprCards(Category.Clinical),
            NotAcceptedKinds = new NotAcceptedKindsRule("acme-rn/not-accepted", Handbook, [LearningActivityKind.BlsCard]),
        };
        Assert.Same(policy, Assert.Single(new PolicyCatalog([policy]).Policies));
    }

    [Fact]
    public void A_null_policy_is_refused_with_its_index()
    {
        var e = Assert.Throws<ArgumentException>(() => new PolicyCatalog([Version("2024", D(2024, 1, 1)), null!]));
        Assert.Equal("policies", e.ParamName);
        Assert.StartsWith("The policy at index 1 is null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_versions_may_not_share_a_version_name()
    {
        Assert.Equal(
            Inconsistent("Two versions of acme-rn share a version name."),
            Refusal(Version("2024", D(2024, 1, 1)), Version("2024", D(2025, 1, 1))));
    }

    [Fact]
    public void Every_problem_of_the_policies_is_listed_in_one_message()
    {
        Assert.Equal(
            Inconsistent("acme-rn@2024 and acme-rn@2024 take effect on the same date. Two versions of acme-rn share a version name."),
            Refusal(Version("2024", D(2024, 1, 1)), Version("2024", D(2024, 1, 1))));
    }

    [Fact]
    public void The_versions_of_a_credential_must_agree_about_its_body()
    {
        var elsewhere = new Credential("acme-rn", new CertifyingBody("acme-west", "ACMEW", "Acme Health West"), "RN", "Acme registered nurse CE");
        Assert.Equal(
            Inconsistent("The versions of acme-rn disagree about the credential's body or acronym."),
            Refusal(Version("2024", D(2024, 1, 1)), Version("2025", D(2025, 1, 1), elsewhere)));
    }

    [Fact]
    public void The_versions_of_a_credential_must_agree_about_its_acronym()
    {
        var renamed = new Credential("acme-rn", Acme, "ARN", "Acme registered nurse CE");
        Assert.Equal(
            Inconsistent("The versions of acme-rn disagree about the credential's body or acronym."),
            Refusal(Version("2024", D(2024, 1, 1)), Version("2025", D(2025, 1, 1), renamed)));
    }

    [Fact]
    public void Two_rules_of_a_policy_may_not_share_a_rule_id()
    {
        var policy = new CredentialPolicy(AcmeRn, "2024", D(2024, 1, 1), Yearly, Window, ContactHours, NoCeAfterExpiration)
        {
            Requirements =
            [
                new TotalMinimum("acme-rn/minimum", Handbook, CreditAmount.FromUnits(12)),
                new ApprovedMinimum("acme-rn/minimum", Handbook, CreditAmount.FromUnits(6)),
            ],
        };
        Assert.Equal(Inconsistent("acme-rn@2024: the rule id 'acme-rn/minimum' is used by two rules."), Refusal(policy));
    }

    [Fact]
    public void A_category_minimum_must_name_a_category_of_the_policy()
    {
        var policy = new CredentialPolicy(AcmeRn, "2024", D(2024, 1, 1), Yearly, Window, ContactHours, NoCeAfterExpiration)
        {
            Categories = SafetyAndClinical,
            Requirements = [new CategoryMinimum("acme-rn/category:general", Handbook, Category.General, CreditAmount.FromUnits(2))],
        };
        Assert.Equal(Inconsistent("acme-rn@2024: the requirement 'category:general' names a category the policy does not list."), Refusal(policy));
    }

    [Fact]
    public void A_category_minimum_needs_the_policy_to_have_categories()
    {
        var policy = new CredentialPolicy(AcmeRn, "2024", D(2024, 1, 1), Yearly, Window, ContactHours, NoCeAfterExpiration)
        {
            Requirements = [new CategoryMinimum("acme-rn/category:safety", Handbook, new Category("safety"), CreditAmount.FromUnits(2))],
        };
        Assert.Equal(Inconsistent("acme-rn@2024: the requirement 'category:safety' names a category the policy does not list."), Refusal(policy));
    }

    [Fact]
    public void Cpr_cards_must_count_in_a_category_of_the_policy()
    {
        var policy = new CredentialPolicy(AcmeRn, "2024", D(2024, 1, 1), Yearly, Window, ContactHours, NoCeAfterExpiration)
        {
            Categories = SafetyAndClinical,
            CprCards = CprCards(Category.General),
        };
        Assert.Equal(Inconsistent("acme-rn@2024: CPR cards count in 'general', a category the policy does not list."), Refusal(policy));
    }

    [Fact]
    public void Cpr_cards_cannot_be_of_a_kind_the_policy_refuses()
    {
        var policy = new CredentialPolicy(AcmeRn, "2024", D(2024, 1, 1), Yearly, Window, ContactHours, NoCeAfterExpiration)
        {
            Categories = SafetyAndClinical,
            CprCards = CprCards(Category.Clinical),
            NotAcceptedKinds = new NotAcceptedKindsRule("acme-rn/not-accepted", Handbook, [LearningActivityKind.BlsCard, LearningActivityKind.CprCard]),
        };
        Assert.Equal(Inconsistent("acme-rn@2024: 'cpr-card' is both valued as a CPR card and not accepted."), Refusal(policy));
    }

    [Fact]
    public void A_reactivation_window_needs_a_ce_time_limit()
    {
        var policy = new CredentialPolicy(AcmeRn, "2024", D(2024, 1, 1), Yearly, Window, ContactHours, NoCeAfterExpiration)
        {
            ReactivationWindow = new ReactivationWindowRule("acme-rn/reactivation-window", Handbook, WindowStart.LookbackFromEnd, Period.FromYears(1)),
        };
        Assert.Equal(
            Inconsistent("acme-rn@2024: a reactivation window needs a CE time limit, since without one CE is not allowed after expiration."),
            Refusal(policy));
    }

    [Fact]
    public void A_reactivation_window_with_a_ce_time_limit_is_consistent()
    {
        var policy = new CredentialPolicy(AcmeRn, "2024", D(2024, 1, 1), Yearly, Window, ContactHours,
            new CeTimeLimit("acme-rn/ce-time-limit", Handbook, Period.FromDays(30)))
        {
            ReactivationWindow = new ReactivationWindowRule("acme-rn/reactivation-window", Handbook, WindowStart.LookbackFromEnd, Period.FromYears(1)),
        };
        Assert.Same(policy, Assert.Single(new PolicyCatalog([policy]).Policies));
    }

    [Fact]
    public void Credit_from_a_duration_cannot_meet_a_policy_that_requires_a_category_on_every_line()
    {
        var units = new UnitRule("acme-rn/units", Handbook, CreditUnit.ContactHour, ImmutableArray<UnitConversion>.Empty)
        {
            FromDuration = new DurationConversion("acme-rn/duration", Handbook, 60),
        };
        var policy = new CredentialPolicy(AcmeRn, "2024", D(2024, 1, 1), Yearly, Window, units, NoCeAfterExpiration)
        {
            Categories = new CategoryRule("acme-rn/categories", Handbook, [Category.Clinical], required: true),
        };
        Assert.Equal(
            Inconsistent("acme-rn@2024: credit converted from a duration has no category, but the policy requires one on every line."),
            Refusal(policy));
    }

    [Fact]
    public void Resolving_a_credential_the_catalog_lacks_is_refused()
    {
        var catalog = new PolicyCatalog([Version("2024", D(2024, 1, 1))]);
        var e = Assert.Throws<ArgumentException>(() => catalog.Resolve(Credential.AamaCma, D(2024, 6, 1)));
        Assert.Equal("credential", e.ParamName);
        Assert.StartsWith("The catalog has no policy for the credential 'aama-cma'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_governs_a_cycle_expiring_on_its_effective_date()
    {
        Assert.Same(AamaCma.From2020, PolicyCatalog.BuiltIn.Resolve(Credential.AamaCma, D(2020, 1, 1)));
        Assert.Same(AamaCma.Before2020, PolicyCatalog.BuiltIn.Resolve(Credential.AamaCma, D(2019, 12, 31)));
    }

    [Fact]
    public void A_cycle_expiring_before_every_version_is_governed_by_the_earliest()
    {
        var catalog = new PolicyCatalog([Version("2025", D(2025, 1, 1)), Version("2024", D(2024, 1, 1))]);
        Assert.Equal("acme-rn@2024", catalog.Resolve(AcmeRn, D(2023, 12, 31)).PolicyId);
        Assert.Equal("acme-rn@2025", catalog.Resolve(AcmeRn, D(2025, 1, 1)).PolicyId);
    }
}
