using System;
using CeuRules.Model;
using Xunit;

namespace CeuRules.Tests.Model;

/// <summary>
/// The documented contract of <see cref="Money"/>: never negative (zero allowed), exact sums that overflow
/// rather than wrap, ordering by cents, and the non-generic <see cref="IComparable"/>.
/// </summary>
public sealed class MoneyContractTest
{
    [Fact]
    public void Zero_cents_and_zero_dollars_are_accepted()
    {
        Assert.Equal(Money.Zero, Money.FromCents(0));
        Assert.Equal(Money.Zero, Money.FromDollars(0));
        Assert.Equal(0L, Money.FromCents(0).Cents);
    }

    [Fact]
    public void Negative_cents_are_refused_naming_the_amount()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromCents(-1));
        Assert.Equal("cents", e.ParamName);
        Assert.Equal(-1L, e.ActualValue);
        Assert.Contains("An amount of money must not be negative; was -1 cents.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_dollars_are_refused_naming_the_range()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromDollars(-1));
        Assert.Equal("dollars", e.ParamName);
        Assert.Equal(-1, e.ActualValue);
        Assert.Contains("Value should be in range [0-2147483647]; was -1.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sum_beyond_the_largest_amount_overflows_instead_of_turning_negative()
    {
        var largest = Money.FromCents(long.MaxValue);
        Assert.Throws<OverflowException>(() => largest + Money.FromCents(1));
        Assert.Throws<OverflowException>(() => Money.Add(largest, largest));
        Assert.Equal(largest, Money.Add(largest, Money.Zero));
        Assert.Equal(Money.FromDollars(66), Money.Add(Money.FromDollars(65), Money.FromCents(100)));
    }

    [Theory]
    [InlineData(0L, 1L)]
    [InlineData(6500L, 6501L)]
    [InlineData(100L, 12500L)]
    public void Operators_order_by_cents_strictly_or_inclusively(long smaller, long larger)
    {
        var a = Money.FromCents(smaller);
        var same = Money.FromCents(smaller);
        var b = Money.FromCents(larger);
        Assert.True(a < b);
        Assert.False(a < same);
        Assert.False(b < a);
        Assert.True(a <= b);
        Assert.True(a <= same);
        Assert.False(b <= a);
        Assert.True(b > a);
        Assert.False(a > same);
        Assert.False(a > b);
        Assert.True(b >= a);
        Assert.True(a >= same);
        Assert.False(a >= b);
        Assert.True(a == same);
        Assert.True(a != b);
        Assert.False(a != same);
        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
    }

    [Fact]
    public void As_IComparable_null_orders_first_and_boxed_amounts_compare_by_cents()
    {
        IComparable fee = Money.FromDollars(65);
        Assert.True(fee.CompareTo(null) > 0);
        Assert.True(fee.CompareTo(Money.FromDollars(125)) < 0);
        Assert.True(fee.CompareTo(Money.FromDollars(30)) > 0);
        Assert.Equal(0, fee.CompareTo(Money.FromCents(6500)));
    }

    [Fact]
    public void As_IComparable_another_type_is_refused_naming_the_expected_type()
    {
        IComparable fee = Money.FromDollars(65);
        var e = Assert.Throws<ArgumentException>(() => fee.CompareTo(65m));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type CeuRules.Model.Money.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_amounts_are_equal_as_objects_with_equal_hash_codes()
    {
        Assert.True(Money.FromDollars(65).Equals((object)Money.FromCents(6500)));
        Assert.False(Money.FromDollars(65).Equals((object)Money.FromCents(6501)));
        Assert.False(Money.FromDollars(65).Equals((object)65m));
        Assert.Equal(Money.FromDollars(65).GetHashCode(), Money.FromCents(6500).GetHashCode());
        Assert.Equal("$65.01", Money.FromCents(6501).ToString());
    }
}
