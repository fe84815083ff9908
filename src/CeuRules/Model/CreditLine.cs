using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using CeuRules.Utility;

namespace CeuRules.Model;

/// <summary>
/// One line of credit that an activity states: an amount in a unit, optionally a category, and the
/// bodies that approved it. A course covering several content areas states one line per area.
/// </summary>
/// <remarks>
/// <para>Equality is by value: amount, unit, category, approvals (in order) and reference.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class CreditLine : IEquatable<CreditLine>
{
    private readonly ImmutableArray<string> approvedBy = ImmutableArray<string>.Empty;

    /// <summary>Creates a line of credit.</summary>
    /// <param name="amount">The amount; never negative.</param>
    /// <param name="unit">The unit the amount is stated in.</param>
    /// <param name="category">The content area, or null when the activity states none.</param>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is negative, above <see cref="MaxAmount"/> or not a whole number of hundredths, or <paramref name="unit"/> or
    /// <paramref name="category"/> is the default value.</exception>
    public CreditLine(CreditAmount amount, CreditUnit unit, Category? category = null)
    {
        Preconditions.CheckArgument(amount >= CreditAmount.Zero && amount <= MaxAmount,
            $"A credit amount must be from 0 to {MaxAmount}; was {amount}.", nameof(amount));
        if (!amount.IsWholeHundredths)
        {
            Preconditions.ThrowArgument(nameof(amount), $"A stated credit amount has at most two decimals; was {amount.Parts}/{100L * amount.PartsPerHundredth}.");
        }
        Preconditions.CheckArgument(unit.Id is not null, "The unit must not be the default value.", nameof(unit));
        Preconditions.CheckArgument(category is null || category.Value.Id is not null, "The category must not be the default value.", nameof(category));
        Amount = amount;
        Unit = unit;
        Category = category;
    }

    /// <summary>The largest amount one line may state: one million units.</summary>
    public static CreditAmount MaxAmount { get; } = CreditAmount.FromUnits(1_000_000);

    /// <summary>The amount stated.</summary>
    public CreditAmount Amount { get; }

    /// <summary>The unit of <see cref="Amount"/>.</summary>
    public CreditUnit Unit { get; }

    /// <summary>The amount with its unit.</summary>
    public Credit Credit => new(Amount, Unit);

    /// <summary>The content area, or null when none is stated.</summary>
    public Category? Category { get; }

    /// <summary>
    /// Identifiers of the bodies that approved this credit (for example "aama"), in the order given;
    /// empty when none did. Defaults to empty.
    /// </summary>
    /// <exception cref="ArgumentException">On setting: an identifier is not well formed.</exception>
    public ImmutableArray<string> ApprovedBy
    {
        get => approvedBy;
        init
        {
            var checkedValue = value.IsDefault ? ImmutableArray<string>.Empty : value;
            foreach (var id in checkedValue)
            {
                Identifiers.Check(id, nameof(ApprovedBy));
            }
            approvedBy = checkedValue;
        }
    }

    /// <summary>The approving body's reference for this credit (for example an AAMA approval number), or null.</summary>
    public string? ApprovalReference { get; init; }

    /// <summary>Whether the body with identifier <paramref name="bodyId"/> approved this credit.</summary>
    /// <param name="bodyId">A body identifier, for example "aama".</param>
    /// <returns>Whether <see cref="ApprovedBy"/> names it.</returns>
    public bool IsApprovedBy(string bodyId)
    {
        foreach (var id in approvedBy)
        {
            if (string.Equals(id, bodyId, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether this line equals another in every field.</summary>
    /// <param name="other">The line to compare with.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(CreditLine? other) =>
        other is not null && Amount == other.Amount && Unit == other.Unit && Nullable.Equals(Category, other.Category)
        && approvedBy.AsSpan().SequenceEqual(other.approvedBy.AsSpan())
        && string.Equals(ApprovalReference, other.ApprovalReference, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CreditLine);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Amount, Unit, Category, approvedBy.Length, ApprovalReference);

    /// <summary>Formats the line, for example "2 aama-point clinical approved by aama".</summary>
    /// <returns>The formatted line.</returns>
    public override string ToString() =>
        $"{Amount} {Unit}{(Category is { } c ? " " + c.Id : string.Empty)}{(approvedBy.IsEmpty ? string.Empty : " approved by " + string.Join(",", (IEnumerable<string>)approvedBy))}";
}
