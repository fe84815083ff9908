using System;
using CeuRules.Evaluation;
using CeuRules.Policies;
using CeuRules.Utility;

namespace CeuRules.Explanations;

/// <summary>The requirements of a policy: their names, targets, progress and results.</summary>
public sealed partial class Explainer
{
    /// <summary>A requirement's name: "Total", "Clinical category", "Approved by the AAMA", "CPR cards".</summary>
    /// <param name="requirement">The requirement's outcome.</param>
    /// <param name="policy">The policy it belongs to.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string RequirementName(RequirementOutcome requirement, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(requirement);
        Preconditions.CheckNotNull(policy);
        return requirement.Rule switch
        {
            TotalMinimum => Get("Requirement.Total"),
            ApprovedMinimum => Format("Requirement.Approved", Body(policy.Credential.Body)),
            CategoryMinimum byCategory => Capitalized(Format("Requirement.Category", CategoryName(byCategory.Category, policy))),
            NonApprovedCap => Format("Requirement.NonApprovedLimit", Approval(policy.Credential.Body, approved: false, plural: true, feminine: false)),
            CprCardRule => Get("Requirement.CprCards"),
            _ => Get("Requirement.Other"),
        };
    }

    /// <summary>What a requirement asks: "at least 60 AAMA points", or for a limit "at most 12 AAMA points".</summary>
    /// <param name="requirement">The requirement's outcome.</param>
    /// <param name="policy">The policy it belongs to.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string RequirementTarget(RequirementOutcome requirement, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(requirement);
        return Format(requirement.IsCap ? "Requirement.AtMost" : "Requirement.AtLeast", Amount(requirement.Required, policy));
    }

    /// <summary>How far a requirement is: "46 of 60 AAMA points".</summary>
    /// <param name="requirement">The requirement's outcome.</param>
    /// <param name="policy">The policy it belongs to.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string RequirementProgress(RequirementOutcome requirement, CredentialPolicy policy)
    {
        Preconditions.CheckNotNull(requirement);
        // More than required reads "23 AAMA points (10 required)", not "23 of 10".
        return requirement.Counted > requirement.Required
            ? Plural("Requirement.Progress.Over", IsOne(requirement.Required), Amount(requirement.Counted, policy), Number(requirement.Required))
            : Format("Requirement.Progress", Number(requirement.Counted), Amount(requirement.Required, policy));
    }

    /// <summary>
    /// A requirement's result: "Met", "14 AAMA points still needed" (while the next step earns credit),
    /// "Short by 14 AAMA points", "Within the limit", "Limit reached: 2 AAMA points above it did not count".
    /// </summary>
    /// <param name="requirement">The requirement's outcome.</param>
    /// <param name="evaluation">The evaluation it belongs to.</param>
    /// <returns>The words.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string RequirementResult(RequirementOutcome requirement, CertificationEvaluation evaluation)
    {
        Preconditions.CheckNotNull(requirement);
        Preconditions.CheckNotNull(evaluation);
        var policy = evaluation.Policy;
        bool ceRouteOpen = evaluation.NextStep.Action is NextAction.EarnThenApply or NextAction.Reactivate;
        return requirement switch
        {
            { IsCap: true, Excluded.IsZero: true } => Get("Requirement.WithinLimit"),
            { IsCap: true } => Plural("Requirement.LimitReached", IsOne(requirement.Excluded), Amount(requirement.Excluded, policy)),
            { IsMet: true } => Get("Requirement.Met"),
            _ when ceRouteOpen => Plural("Requirement.StillNeeded", IsOne(requirement.Shortfall.RoundedUp), Need(requirement.Shortfall, policy)),
            _ => Plural("Requirement.ShortBy", IsOne(requirement.Shortfall.RoundedUp), Need(requirement.Shortfall, policy)),
        };
    }
}
