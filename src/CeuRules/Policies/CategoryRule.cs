using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Model;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>The categories a policy sorts credit into, and whether every line of credit must name one.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CategoryRule : PolicyRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="categories">The categories, none repeated; may be empty for a policy without categories.</param>
    /// <param name="required">Whether a line of credit without a category needs manual review.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A category is the default value or repeated, or <paramref name="required"/> is true with no categories.</exception>
    public CategoryRule(string ruleId, RuleSource source, IEnumerable<Category> categories, bool required)
        : base(ruleId, source)
    {
        var list = Preconditions.CheckNotNull(categories).ToImmutableArray();
        var seen = new HashSet<Category>();
        foreach (var category in list)
        {
            Preconditions.CheckArgument(category.Id is not null && seen.Add(category),
                $"Categories must be distinct and not the default value; '{category}' is not.", nameof(categories));
        }
        Preconditions.CheckArgument(!required || !list.IsEmpty, "A category cannot be required when the policy has none.", nameof(required));
        Categories = list;
        Required = required;
    }

    /// <summary>The categories, in the order results list them.</summary>
    public ImmutableArray<Category> Categories { get; }

    /// <summary>Whether a line of credit without a category needs manual review.</summary>
    public bool Required { get; }

    /// <summary>The position of <paramref name="category"/> in <see cref="Categories"/>, or -1.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The index, or -1 when the policy does not have it.</returns>
    public int IndexOf(Category category) => Categories.IndexOf(category);

    /// <inheritdoc />
    public override string Describe() => Categories.IsEmpty
        ? "Credit is not sorted into categories."
        : $"Credit is sorted into {string.Join(", ", Categories)}{(Required ? "; every line must name one" : string.Empty)}.";
}
