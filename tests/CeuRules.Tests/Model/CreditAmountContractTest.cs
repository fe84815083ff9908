using System;
using CeuRules.Model;
using Xunit;

namespace CeuRules.Tests.Model;

/// <summary>
/// The documented contract of <see cref="CreditAmount"/> at its edges: the largest magnitude (one trillion
/// units) is representable in both signs and one hundredth more is not, arithmetic that leaves that range
/// overflows, and ordering, minimum and maximum are exact.
/// </summary>
public sealed class CreditAmountContractTest
{
    private const long MaxHundredths = 100_000_000_000_000L;

    private static CreditAmount H(long hundredths) => CreditAmount.FromHundredths(hundredths);

    [Fact]
    public void FromHundredths_accepts_exactly_the_largest_magnitude_in_both_signs()
    {
        Assert.Equal(CreditAmount.MaxValue, H(MaxHundredths));
        Assert.Equal(1_000_000_000_000m, CreditAmount.MaxValue.Value);
        Assert.Equal(-MaxHundredths, H(-MaxHundredths).Hundredths);
        Assert.Equal(0L, H(0).Hundredths);
    }

    [Theory]
    [InlineData(100_000_000_000_001L)]
    [InlineData(-100_000_000_000_001L)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void FromHundredths_refuses_a_magnitude_beyond_the_largest_naming_the_value(long hundredths)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => H(hundredths));
        Assert.Equal("hundredths", e.ParamName);
        Assert.Equal(hundredths, e.ActualValue);
        Assert.Contains($"A credit amount must be at most 100000000000000 hundredths in magnitude; was {hundredths}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arithmetic_may_reach_the_largest_magnitude_exactly()
    {
        Assert.Equal(CreditAmount.MaxValue, CreditAmount.MaxValue + CreditAmount.Zero);
        Assert.Equal(CreditAmount.MaxValue, H(MaxHundredths - 1) + H(1));
        Assert.Equal(H(-MaxHundredths), CreditAmount.Zero - CreditAmount.MaxValue);
        Assert.Equal(H(-MaxHundredths), H(-MaxHundredths + 1) - H(1));
    }

    [Fact]
    public void A_sum_beyond_the_largest_magnitude_overflows_stating_the_result()
    {
        var e = Assert.Throws<OverflowException>(() => CreditAmount.MaxValue + H(1));
        Assert.Equal("The result 100000000000001 hundredths is beyond the largest credit amount, 100000000000000 hundredths.", e.Message);
    }

    [Fact]
    public void A_difference_beyond_the_largest_magnitude_overflows_stating_the_result()
    {
        var e = Assert.Throws<OverflowException>(() => H(-MaxHundredths) - H(1));
        Assert.Equal("The result -100000000000001 hundredths is beyond the largest credit amount, 100000000000000 hundredths.", e.Message);
        Assert.Throws<OverflowException>(() => CreditAmount.MaxValue - H(-MaxHundredths));
    }

    [Fact]
    public void Add_and_Subtract_are_the_named_operators()
    {
        Assert.Equal(CreditAmount.FromDecimal(5.25m), CreditAmount.Add(CreditAmount.FromDecimal(2.5m), CreditAmount.FromDecimal(2.75m)));
        Assert.Equal(CreditAmount.FromDecimal(-0.25m), CreditAmount.Subtract(CreditAmount.FromDecimal(2.5m), CreditAmount.FromDecimal(2.75m)));
        Assert.Equal(CreditAmount.FromDecimal(0.25m), CreditAmount.Subtract(CreditAmount.FromDecimal(2.75m), CreditAmount.FromDecimal(2.5m)));
        Assert.Throws<OverflowException>(() => CreditAmount.Add(CreditAmount.MaxValue, H(1)));
    }

    [Theory]
    [InlineData(100L, 250L)]
    [InlineData(-1L, 0L)]
    [InlineData(0L, 1L)]
    [InlineData(-MaxHundredths, MaxHundredths)]
    public void Min_and_Max_pick_the_smaller_and_the_larger_whatever_the_order(long smaller, long larger)
    {
        Assert.Equal(H(smaller), CreditAmount.Min(H(smaller), H(larger)));
        Assert.Equal(H(smaller), CreditAmount.Min(H(larger), H(smaller)));
        Assert.Equal(H(larger), CreditAmount.Max(H(smaller), H(larger)));
        Assert.Equal(H(larger), CreditAmount.Max(H(larger), H(smaller)));
        Assert.Equal(H(smaller), CreditAmount.Min(H(smaller), H(smaller)));
    }

    [Theory]
    [InlineData(100L, 250L)]
    [InlineData(-1L, 0L)]
    [InlineData(249L, 250L)]
    public void Operators_are_strict_or_inclusive_exactly_at_equality(long smaller, long larger)
    {
        var a = H(smaller);
        var same = H(smaller);
        var b = H(larger);
        Assert.True(a < b);
        Assert.False(a < same);
        Assert.False(b < a);
        Assert.True(a <= same);
        Assert.False(b <= a);
        Assert.True(b > a);
        Assert.False(a > same);
        Assert.True(a >= same);
        Assert.False(a >= b);
        Assert.True(a != b);
        Assert.False(a != same);
    }

    [Fact]
    public void Shortfall_is_what_is_missing_and_never_negative()
    {
        Assert.Equal(H(1), CreditAmount.Shortfall(H(250), H(249)));
        Assert.Equal(CreditAmount.Zero, CreditAmount.Shortfall(H(250), H(250)));
        Assert.Equal(CreditAmount.Zero, CreditAmount.Shortfall(H(250), H(251)));
    }

    [Fact]
    public void As_IComparable_another_type_is_refused_naming_the_expected_type()
    {
        IComparable amount = CreditAmount.FromUnits(1);
        var e = Assert.Throws<ArgumentException>(() => amount.CompareTo(1m));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type CeuRules.Model.CreditAmount.", e.Message, StringComparison.Ordinal);
        Assert.True(amount.CompareTo(CreditAmount.FromUnits(2)) < 0);
        Assert.Equal(0, amount.CompareTo(CreditAmount.FromUnits(1)));
    }

    [Fact]
    public void Negative_and_largest_amounts_format_with_the_fewest_decimals()
    {
        Assert.Equal("-2.5", H(-250).ToString());
        Assert.Equal("-0.01", H(-1).ToString());
        Assert.Equal("1000000000000", CreditAmount.MaxValue.ToString());
        Assert.Equal("0", CreditAmount.Zero.ToString());
    }
}
