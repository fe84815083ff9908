using System.Collections.Immutable;

namespace CeuRules.Policies;

/// <summary>
/// One way policies contradict one another or themselves, by code (the <c>reason</c> of an
/// <c>inconsistent-policy</c> finding), with what it concerns: a policy, rule, requirement, category or kind id.
/// The words of each code come from the explanation layer.
/// </summary>
internal readonly record struct PolicyInconsistency(string Reason, string Subject)
{
    /// <summary>Two versions of a credential take effect on the same date.</summary>
    internal const string SameEffectiveDate = "same-effective-date";

    /// <summary>Two versions of a credential share a version name.</summary>
    internal const string DuplicateVersion = "duplicate-version";

    /// <summary>The versions of a credential disagree about its body or acronym.</summary>
    internal const string CredentialDisagrees = "credential-disagrees";

    /// <summary>Two rules of a version share a rule id.</summary>
    internal const string DuplicateRuleId = "duplicate-rule-id";

    /// <summary>A requirement names a category the policy does not list.</summary>
    internal const string UnlistedRequirementCategory = "unlisted-requirement-category";

    /// <summary>CPR cards count in a category the policy does not list.</summary>
    internal const string UnlistedCprCategory = "unlisted-cpr-category";

    /// <summary>A kind is both valued as a CPR card and not accepted.</summary>
    internal const string CprKindNotAccepted = "cpr-kind-not-accepted";

    /// <summary>A reactivation window without a CE time limit.</summary>
    internal const string ReactivationWithoutTimeLimit = "reactivation-without-time-limit";

    /// <summary>Credit converted from a duration has no category where every line needs one.</summary>
    internal const string DurationWithoutCategory = "duration-without-category";

    /// <summary>Every code, for the words' tests.</summary>
    internal static readonly ImmutableArray<string> All =
    [
        SameEffectiveDate, DuplicateVersion, CredentialDisagrees, DuplicateRuleId, UnlistedRequirementCategory,
        UnlistedCprCategory, CprKindNotAccepted, ReactivationWithoutTimeLimit, DurationWithoutCategory,
    ];
}
