using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;

namespace CeuRules.Evaluation.Engine;

/// <summary>What a minimum requirement counts, resolved once so the evaluator switches on a number, not a type.</summary>
internal enum RequirementTarget
{
    /// <summary>All counted credit.</summary>
    Total,

    /// <summary>Counted credit in one category.</summary>
    Category,

    /// <summary>Counted credit the body approved.</summary>
    Approved,
}

/// <summary>
/// A policy version prepared once for evaluation: categories by index, each minimum's target and
/// amount in hundredths, the caps as numbers, and the requirement lists a counted piece reports,
/// so that evaluating walks arrays instead of looking rules up by name or type.
/// </summary>
/// <remarks>This type is immutable after construction and thread-safe.</remarks>
internal sealed class PreparedPolicy
{
    /// <summary>The value of <see cref="CapLimit"/> when the policy has no non-approved cap.</summary>
    internal const long NoCap = -1;

    private readonly ImmutableArray<string>[] countsToward;
    private readonly string[] requirementForCategory;

    internal PreparedPolicy(CredentialPolicy policy)
    {
        Policy = policy;
        PartsPerHundredth = ExactScale(policy);
        BodyId = policy.Credential.Body.Id;
        Categories = policy.Categories?.Categories ?? ImmutableArray<Category>.Empty;
        CategorySlots = Categories.Length + 1;
        int count = policy.Requirements.Length;
        Targets = new RequirementTarget[count];
        TargetCategory = new int[count];
        Minimums = new long[count];
        requirementForCategory = new string[CategorySlots];
        Array.Fill(requirementForCategory, TotalMinimum.Id);
        for (int r = 0; r < count; r++)
        {
            var requirement = policy.Requirements[r];
            Minimums[r] = Parts(requirement.Minimum);
            TargetCategory[r] = -1;
            switch (requirement)
            {
                case TotalMinimum:
                    Targets[r] = RequirementTarget.Total;
                    break;
                case ApprovedMinimum:
                    Targets[r] = RequirementTarget.Approved;
                    break;
                case CategoryMinimum byCategory:
                    Targets[r] = RequirementTarget.Category;
                    TargetCategory[r] = Categories.IndexOf(byCategory.Category);
                    ref string slot = ref requirementForCategory[TargetCategory[r] + 1];
                    if (ReferenceEquals(slot, TotalMinimum.Id))
                    {
                        slot = requirement.RequirementId;
                    }
                    break;
                default:
                    throw new InvalidOperationException($"Unknown requirement type {requirement.GetType().Name}.");
            }
        }
        CapLimit = policy.NonApprovedCap is { } cap ? Parts(cap.Limit) : NoCap;
        OutcomeCount = count + (policy.NonApprovedCap is null ? 0 : 1) + (policy.CprCards is null ? 0 : 1);
        if (policy.CprCards is { } cpr)
        {
            CprCategory = Categories.IndexOf(cpr.Category);
            CprValue = Parts(cpr.CreditPerCard);
        }
        else
        {
            CprCategory = -1;
        }

        // Every combination of category (or none), approval and CPR a counted piece can have.
        countsToward = new ImmutableArray<string>[CategorySlots * 4];
        for (int slot = 0; slot < CategorySlots; slot++)
        {
            for (int flags = 0; flags < 4; flags++)
            {
                countsToward[(slot * 4) + flags] = CountsTowardFor(policy, slot - 1, (flags & 1) != 0, (flags & 2) != 0);
            }
        }
    }

    /// <summary>The policy version.</summary>
    internal CredentialPolicy Policy { get; }

    /// <summary>
    /// The engine's exact resolution for this policy: every amount is held as a whole number of parts
    /// of a hundredth, this many parts to the hundredth, so that credit converted from time (100 minutes
    /// at one unit per 120 minutes) or by a factor with two decimals is counted without rounding.
    /// </summary>
    internal long PartsPerHundredth { get; }

    /// <summary>An amount in this policy's parts.</summary>
    internal long Parts(CreditAmount amount)
    {
        long per = amount.PartsPerHundredth;
        if (PartsPerHundredth % per != 0)
        {
            throw new ArgumentException(
                $"The amount {amount} needs a hundredth divided into {per} parts, which the policy {Policy.PolicyId} does not use; stated amounts have at most two decimals.", nameof(amount));
        }
        return checked(amount.Parts * (PartsPerHundredth / per));
    }

    /// <summary>This policy's parts as an exact amount.</summary>
    internal CreditAmount Amount(long parts) =>
        PartsPerHundredth == 1 ? CreditAmount.FromHundredths(parts) : CreditAmount.FromFraction(parts, 100 * PartsPerHundredth);

    /// <summary>
    /// The smallest resolution in which every amount the policy can produce is whole: its own amounts,
    /// one unit per so many minutes (duration conversions and the non-approved duration ceiling), and
    /// conversion factors with two decimals applied to stated hundredths.
    /// </summary>
    private static long ExactScale(CredentialPolicy policy)
    {
        long scale = 1;
        void Need(long per) => scale = checked(scale / (long)System.Numerics.BigInteger.GreatestCommonDivisor(scale, per) * per);
        void NeedMinutes(int minutesPerUnit) => Need(minutesPerUnit / (long)System.Numerics.BigInteger.GreatestCommonDivisor(minutesPerUnit, 100));
        foreach (var requirement in policy.Requirements)
        {
            Need(requirement.Minimum.PartsPerHundredth);
        }
        if (policy.NonApprovedCap is { } cap)
        {
            Need(cap.Limit.PartsPerHundredth);
        }
        if (policy.CprCards is { } cpr)
        {
            Need(cpr.CreditPerCard.PartsPerHundredth);
        }
        if (policy.Units.FromDuration is { } fromDuration)
        {
            NeedMinutes(fromDuration.MinutesPerUnit);
        }
        if (policy.NonApprovedDuration is { } duration)
        {
            NeedMinutes(duration.MinutesPerUnit);
        }
        foreach (var conversion in policy.Units.Conversions)
        {
            Need(CreditAmount.FromHundredths(1).Times((long)(conversion.Factor * 100m), 100).PartsPerHundredth);
        }
        if (scale > CreditAmount.MaxPartsPerHundredth)
        {
            throw new ArgumentException(
                $"The policy {policy.PolicyId} converts time or units with divisors whose least common multiple needs a hundredth divided into {scale} parts, more than {CreditAmount.MaxPartsPerHundredth}; choose minutes per unit that share factors.",
                nameof(policy));
        }
        return scale;
    }

    /// <summary>The id of the body whose approval makes credit approved.</summary>
    internal string BodyId { get; }

    /// <summary>The policy's categories (empty when it has none); a piece's category is an index into them.</summary>
    internal ImmutableArray<Category> Categories { get; }

    /// <summary>The number of category slots a tally keeps: one per category, and slot 0 for credit without one.</summary>
    internal int CategorySlots { get; }

    /// <summary>Per minimum requirement, in policy order, what it counts.</summary>
    internal RequirementTarget[] Targets { get; }

    /// <summary>Per minimum requirement, the category index it counts (-1 unless it is a category minimum).</summary>
    internal int[] TargetCategory { get; }

    /// <summary>Per minimum requirement, the minimum in hundredths.</summary>
    internal long[] Minimums { get; }

    /// <summary>How many requirement outcomes an evaluation reports: the minimums, then the non-approved cap and the CPR cap when the policy has them.</summary>
    internal int OutcomeCount { get; }

    /// <summary>The non-approved cap in hundredths, or <see cref="NoCap"/>.</summary>
    internal long CapLimit { get; }

    /// <summary>The category index CPR cards count in (-1 when the policy values no cards).</summary>
    internal int CprCategory { get; }

    /// <summary>The value of one CPR card in hundredths.</summary>
    internal long CprValue { get; }

    /// <summary>The index of a category in the policy, or -1 (a loop without the generic comparer of <see cref="ImmutableArray{T}.IndexOf(T)"/>).</summary>
    internal int CategoryIndex(Category category)
    {
        var categories = Categories;
        for (int c = 0; c < categories.Length; c++)
        {
            if (string.Equals(categories[c].Id, category.Id, StringComparison.Ordinal))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>The requirement a counted piece of a category (-1 for none) is reported under.</summary>
    internal string RequirementFor(int categoryIndex) => requirementForCategory[categoryIndex + 1];

    /// <summary>The requirements and caps a counted piece counts toward.</summary>
    internal ImmutableArray<string> CountsToward(int categoryIndex, bool approved, bool isCpr) =>
        countsToward[((categoryIndex + 1) * 4) + (approved ? 1 : 0) + (isCpr ? 2 : 0)];

    private static ImmutableArray<string> CountsTowardFor(CredentialPolicy policy, int categoryIndex, bool approved, bool isCpr)
    {
        var category = categoryIndex >= 0 ? policy.Categories!.Categories[categoryIndex] : (Category?)null;
        var ids = new List<string>(4);
        foreach (var requirement in policy.Requirements)
        {
            bool applies = requirement switch
            {
                TotalMinimum => true,
                CategoryMinimum byCategory => category == byCategory.Category,
                ApprovedMinimum => approved,
                _ => false,
            };
            if (applies)
            {
                ids.Add(requirement.RequirementId);
            }
        }
        if (!approved && policy.NonApprovedCap is not null)
        {
            ids.Add(NonApprovedCap.Id);
        }
        if (isCpr)
        {
            ids.Add(CprCardRule.Id);
        }
        return ids.ToImmutableArray();
    }
}
