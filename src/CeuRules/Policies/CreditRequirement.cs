using System;
using CeuRules.Model;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>
/// A minimum amount of credit a cycle needs: in total, in a category, or from activities a body
/// approved. Each has a requirement id used in results ("total", "category:clinical", "approved").
/// </summary>
/// <remarks>Requirements are immutable and thread-safe.</remarks>
public abstract class CreditRequirement : PolicyRule
{
    /// <summary>Initialises the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="requirementId">The requirement id used in results.</param>
    /// <param name="minimum">The minimum amount, in the policy's unit; positive.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> is not positive.</exception>
    private protected CreditRequirement(string ruleId, RuleSource source, string requirementId, CreditAmount minimum)
        : base(ruleId, source)
    {
        Preconditions.CheckArgument(minimum > CreditAmount.Zero, $"A minimum must be positive; was {minimum}.", nameof(minimum));
        RequirementId = requirementId;
        Minimum = minimum;
    }

    /// <summary>The requirement id used in results, for example "category:clinical".</summary>
    public string RequirementId { get; }

    /// <summary>The minimum amount, in the policy's unit.</summary>
    public CreditAmount Minimum { get; }
}

/// <summary>A minimum total of counted credit (requirement id "total").</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class TotalMinimum : CreditRequirement
{
    /// <summary>The requirement id of every total minimum.</summary>
    public const string Id = "total";

    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="minimum">The minimum total; positive.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> is not positive.</exception>
    public TotalMinimum(string ruleId, RuleSource source, CreditAmount minimum)
        : base(ruleId, source, Id, minimum)
    {
    }
}

/// <summary>A minimum of counted credit in one category (requirement id "category:ID").</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CategoryMinimum : CreditRequirement
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="category">The category.</param>
    /// <param name="minimum">The minimum in that category; positive.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> is not positive, or <paramref name="category"/> is the default value.</exception>
    public CategoryMinimum(string ruleId, RuleSource source, Category category, CreditAmount minimum)
        : base(ruleId, source, RequirementIdFor(category), minimum)
    {
        Category = category;
    }

    /// <summary>The category.</summary>
    public Category Category { get; }

    /// <summary>The requirement id of the minimum for <paramref name="category"/>, for example "category:clinical".</summary>
    /// <param name="category">The category.</param>
    /// <returns>The requirement id.</returns>
    /// <exception cref="ArgumentException"><paramref name="category"/> is the default value.</exception>
    public static string RequirementIdFor(Category category)
    {
        Preconditions.CheckArgument(category.Id is not null, "The category must not be the default value.", nameof(category));
        return "category:" + category.Id;
    }
}

/// <summary>A minimum of counted credit from activities the credential's body approved (requirement id "approved").</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ApprovedMinimum : CreditRequirement
{
    /// <summary>The requirement id of every approved minimum.</summary>
    public const string Id = "approved";

    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="minimum">The minimum of approved credit; positive.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="minimum"/> is not positive.</exception>
    public ApprovedMinimum(string ruleId, RuleSource source, CreditAmount minimum)
        : base(ruleId, source, Id, minimum)
    {
    }
}
