using System;
using System.Collections.Immutable;
using CeuRules.Model;
using Xunit;

namespace CeuRules.Tests.Model;

/// <summary>
/// The documented contract of <see cref="Credit"/> (an amount with its unit) and <see cref="CreditLine"/> (one
/// line of an activity's credit): argument checks at their limits, value equality and the display form.
/// </summary>
public sealed class CreditContractTest
{
    private static CreditAmount Units(decimal value) => CreditAmount.FromDecimal(value);

    [Fact]
    public void A_credit_refuses_the_default_unit()
    {
        var e = Assert.Throws<ArgumentException>(() => new Credit(Units(1), default));
        Assert.Equal("unit", e.ParamName);
        Assert.StartsWith("The unit must not be the default value.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credit_keeps_its_amount_and_unit()
    {
        var credit = new Credit(Units(2.5m), CreditUnit.AamaPoint);
        Assert.Equal(Units(2.5m), credit.Amount);
        Assert.Equal(CreditUnit.AamaPoint, credit.Unit);
    }

    [Fact]
    public void Credits_are_equal_only_with_the_same_amount_and_the_same_unit()
    {
        var a = new Credit(Units(1), CreditUnit.IacetCeu);
        var same = new Credit(Units(1), CreditUnit.IacetCeu);
        var otherUnit = new Credit(Units(1), CreditUnit.ContactHour);
        var otherAmount = new Credit(Units(10), CreditUnit.IacetCeu);
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(a == otherUnit);
        Assert.True(a != otherUnit);
        Assert.False(a == otherAmount);
        Assert.True(a != otherAmount);
        Assert.False(a.Equals((object)Units(1)));
    }

    [Fact]
    public void A_credit_formats_as_amount_and_unit()
    {
        Assert.Equal("2.5 aama-point", new Credit(Units(2.5m), CreditUnit.AamaPoint).ToString());
        Assert.Equal("10 contact-hour", new CreditLine(Units(10), CreditUnit.ContactHour).Credit.ToString());
    }

    [Fact]
    public void A_line_accepts_zero_and_exactly_the_largest_amount()
    {
        Assert.Equal(CreditAmount.Zero, new CreditLine(CreditAmount.Zero, CreditUnit.AamaPoint).Amount);
        Assert.Equal(CreditAmount.FromUnits(1_000_000), new CreditLine(CreditLine.MaxAmount, CreditUnit.AamaPoint).Amount);
    }

    [Theory]
    [InlineData("1000000.01")]
    [InlineData("-0.01")]
    public void A_line_refuses_an_amount_outside_0_to_one_million_naming_it(string amount)
    {
        var value = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentException>(() => new CreditLine(Units(value), CreditUnit.AamaPoint));
        Assert.Equal("amount", e.ParamName);
        Assert.StartsWith($"A credit amount must be from 0 to 1000000; was {amount}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_refuses_the_default_unit()
    {
        var e = Assert.Throws<ArgumentException>(() => new CreditLine(Units(1), default));
        Assert.Equal("unit", e.ParamName);
        Assert.StartsWith("The unit must not be the default value.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_refuses_the_default_category_but_accepts_none()
    {
        var e = Assert.Throws<ArgumentException>(() => new CreditLine(Units(1), CreditUnit.AamaPoint, default(Category)));
        Assert.Equal("category", e.ParamName);
        Assert.StartsWith("The category must not be the default value.", e.Message, StringComparison.Ordinal);
        Assert.Null(new CreditLine(Units(1), CreditUnit.AamaPoint, null).Category);
    }

    [Fact]
    public void Default_approvals_read_as_empty()
    {
        var line = new CreditLine(Units(1), CreditUnit.AamaPoint) { ApprovedBy = default };
        Assert.False(line.ApprovedBy.IsDefault);
        Assert.Empty(line.ApprovedBy);
        Assert.False(line.IsApprovedBy("aama"));
        Assert.Equal(new CreditLine(Units(1), CreditUnit.AamaPoint), line);
    }

    [Theory]
    [InlineData("AAMA")]
    [InlineData("")]
    [InlineData("aama nha")]
    public void Malformed_approving_body_ids_are_refused(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => new CreditLine(Units(1), CreditUnit.AamaPoint) { ApprovedBy = ["aama", id] });
        Assert.Equal("ApprovedBy", e.ParamName);
        Assert.Contains($"'{id}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_formats_amount_and_unit_alone_when_it_has_neither_category_nor_approvals()
    {
        Assert.Equal("2 aama-point", new CreditLine(Units(2), CreditUnit.AamaPoint).ToString());
    }

    [Fact]
    public void A_line_formats_its_category_after_the_unit()
    {
        Assert.Equal("2.5 aama-point clinical", new CreditLine(Units(2.5m), CreditUnit.AamaPoint, Category.Clinical).ToString());
    }

    [Fact]
    public void A_line_formats_its_approvals_comma_separated_in_order()
    {
        var line = new CreditLine(Units(2), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama", "amt"] };
        Assert.Equal("2 aama-point clinical approved by aama,amt", line.ToString());
    }

    [Fact]
    public void A_line_without_category_formats_its_approvals_after_the_unit()
    {
        var line = new CreditLine(Units(0.25m), CreditUnit.NhaCredit) { ApprovedBy = ["nha"] };
        Assert.Equal("0.25 nha-credit approved by nha", line.ToString());
    }

    [Fact]
    public void Lines_differing_in_approvals_or_reference_are_not_equal()
    {
        var a = new CreditLine(Units(2), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ImmutableArray.Create("aama"), ApprovalReference = "R1" };
        Assert.Equal(a, new CreditLine(Units(2), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama"], ApprovalReference = "R1" });
        Assert.NotEqual(a, new CreditLine(Units(2), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["amt"], ApprovalReference = "R1" });
        Assert.NotEqual(a, new CreditLine(Units(2), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama"], ApprovalReference = "R2" });
        Assert.NotEqual(a, new CreditLine(Units(2), CreditUnit.AamaPoint, Category.General) { ApprovedBy = ["aama"], ApprovalReference = "R1" });
        Assert.False(a.Equals(null));
    }
}
