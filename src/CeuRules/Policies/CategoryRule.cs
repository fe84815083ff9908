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

    /// <summary>
    /// The categories' names as a reader sees them, by category and then by two-letter ISO 639-1 language code
    /// (for example <c>safety</c> → <c>en</c> "safety", <c>es</c> "seguridad"); empty by default. The
    /// explanation layer names a category in the reader's language when it is here, then as its resources
    /// name a built-in category, then in English from here, and by its id otherwise.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value or a category's names are null.</exception>
    /// <exception cref="ArgumentException">A category is not in <see cref="Categories"/>, a language is not two lower-case letters, or a name is blank.</exception>
    public ImmutableSortedDictionary<Category, ImmutableSortedDictionary<string, string>> Names
    {
        get => names;
        init
        {
            Preconditions.CheckNotNull(value);
            foreach (var (category, byLanguage) in value)
            {
                Preconditions.CheckArgument(Categories.Contains(category), $"'{category}' is not one of the policy's categories.", nameof(Names));
                Preconditions.CheckNotNull(byLanguage, nameof(Names));
                Preconditions.CheckLanguageTexts(byLanguage, "name", nameof(Names));
            }
            names = value;
        }
    }

    private readonly ImmutableSortedDictionary<Category, ImmutableSortedDictionary<string, string>> names =
        ImmutableSortedDictionary<Category, ImmutableSortedDictionary<string, string>>.Empty;

    /// <summary>The name <see cref="Names"/> gives <paramref name="category"/> in <paramref name="language"/>, or null.</summary>
    /// <param name="category">The category.</param>
    /// <param name="language">A two-letter ISO 639-1 language code, for example <c>es</c>.</param>
    /// <returns>The name, or null when there is none in that language.</returns>
    public string? NameIn(Category category, string language) =>
        names.TryGetValue(category, out var byLanguage) && byLanguage.TryGetValue(language, out var name) ? name : null;

    /// <summary>The position of <paramref name="category"/> in <see cref="Categories"/>, or -1.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The index, or -1 when the policy does not have it.</returns>
    public int IndexOf(Category category) => Categories.IndexOf(category);
}
