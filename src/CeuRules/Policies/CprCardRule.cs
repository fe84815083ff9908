using System;
using CeuRules.Model;
using CeuRules.Utility;

namespace CeuRules.Policies;

/// <summary>
/// How CPR cards count: a card of the required validity issued inside the window earns a fixed
/// amount in one category, up to a number of cards (requirement id "cap:cpr"). A card of any other
/// validity earns nothing and is flagged for manual review.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CprCardRule : PolicyRule
{
    /// <summary>The requirement id of the cap on CPR cards.</summary>
    public const string Id = "cap:cpr";

    /// <summary>Creates the rule.</summary>
    /// <param name="ruleId">The stable rule identifier.</param>
    /// <param name="source">Where the rule comes from.</param>
    /// <param name="creditPerCard">The credit one card earns; positive.</param>
    /// <param name="category">The category the credit counts in.</param>
    /// <param name="requiredValidMonths">The validity a card must have, in months (24 for a two-year card); positive.</param>
    /// <param name="maxCards">The most cards that count; positive.</param>
    /// <param name="countsAsApproved">Whether the credit counts as approved by the body.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An amount or count is not positive, or <paramref name="category"/> is the default value.</exception>
    public CprCardRule(string ruleId, RuleSource source, CreditAmount creditPerCard, Category category, int requiredValidMonths, int maxCards, bool countsAsApproved)
        : base(ruleId, source)
    {
        Preconditions.CheckArgument(creditPerCard > CreditAmount.Zero, $"The credit per card must be positive; was {creditPerCard}.", nameof(creditPerCard));
        Preconditions.CheckArgument(category.Id is not null, "The category must not be the default value.", nameof(category));
        Preconditions.CheckArgumentRange(requiredValidMonths, 1, 1200);
        Preconditions.CheckArgumentRange(maxCards, 1, 1000);
        CreditPerCard = creditPerCard;
        Category = category;
        RequiredValidMonths = requiredValidMonths;
        MaxCards = maxCards;
        CountsAsApproved = countsAsApproved;
    }

    /// <summary>The activity kind that is a CPR card. Defaults to <see cref="LearningActivityKind.CprCard"/>.</summary>
    /// <exception cref="ArgumentException">On setting: the default value.</exception>
    public LearningActivityKind Kind
    {
        get => kind;
        init
        {
            Preconditions.CheckArgument(value.Id is not null, "The kind must not be the default value.", nameof(Kind));
            kind = value;
        }
    }

    private readonly LearningActivityKind kind = LearningActivityKind.CprCard;

    /// <summary>The credit one card earns, in the policy's unit.</summary>
    public CreditAmount CreditPerCard { get; }

    /// <summary>The category the credit counts in.</summary>
    public Category Category { get; }

    /// <summary>The validity a card must have, in months.</summary>
    public int RequiredValidMonths { get; }

    /// <summary>The most cards that count.</summary>
    public int MaxCards { get; }

    /// <summary>The most credit CPR cards can contribute: <see cref="CreditPerCard"/> times <see cref="MaxCards"/>.</summary>
    public CreditAmount Limit => CreditPerCard.Times(MaxCards, 1);

    /// <summary>Whether the credit counts as approved by the body.</summary>
    public bool CountsAsApproved { get; }
}
