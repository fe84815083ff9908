using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Policies;

namespace CeuRules.Evaluation;

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
            Minimums[r] = requirement.Minimum.Hundredths;
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
        CapLimit = policy.NonApprovedCap is { } cap ? cap.Limit.Hundredths : NoCap;
        OutcomeCount = count + (policy.NonApprovedCap is null ? 0 : 1) + (policy.CprCards is null ? 0 : 1);
        if (policy.CprCards is { } cpr)
        {
            CprCategory = Categories.IndexOf(cpr.Category);
            CprValue = cpr.CreditPerCard.Hundredths;
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
