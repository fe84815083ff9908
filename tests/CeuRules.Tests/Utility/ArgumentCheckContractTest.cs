using System;
using CeuRules.Policies;
using CeuRules.Utility;
using Xunit;

namespace CeuRules.Tests.Utility;

/// <summary>
/// The argument checks shared by the library (<see cref="Preconditions"/>, <see cref="RuleIds"/>): the exception
/// type, the parameter named and a message that shows the value refused.
/// </summary>
public sealed class ArgumentCheckContractTest
{
    [Theory]
    [InlineData("aama-cma/total")]
    [InlineData("a/b")]
    [InlineData("acme-ma/category:clinical")]
    public void A_rule_id_of_two_identifiers_joined_by_a_slash_is_accepted(string ruleId)
    {
        Assert.Equal(ruleId, RuleIds.Check(ruleId));
    }

    [Theory]
    [InlineData("total")]
    [InlineData("/total")]
    [InlineData("aama-cma/")]
    [InlineData("AAMA-CMA/total")]
    [InlineData("aama-cma/Total")]
    [InlineData("")]
    public void A_malformed_rule_id_is_refused_showing_it_and_an_example(string ruleId)
    {
        var e = Assert.Throws<ArgumentException>(() => RuleIds.Check(ruleId));
        Assert.Equal("ruleId", e.ParamName);
        Assert.StartsWith($"A rule id must be two identifiers joined by '/', for example 'aama-cma/total'; was '{ruleId}'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_rule_refuses_a_malformed_rule_id()
    {
        var e = Assert.Throws<ArgumentException>(() => new CreditWindowRule("window", new RuleSource("Acme HR policy 7")));
        Assert.Equal("ruleId", e.ParamName);
        Assert.Contains("was 'window'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RuleIds.Check(null));
    }

    [Fact]
    public void CheckNotBlank_refuses_null_as_a_null_argument()
    {
        string? value = null;
        var e = Assert.Throws<ArgumentNullException>(() => Preconditions.CheckNotBlank(value));
        Assert.Equal("value", e.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void CheckNotBlank_refuses_empty_or_white_space_showing_it(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => Preconditions.CheckNotBlank(text));
        Assert.Equal("text", e.ParamName);
        Assert.StartsWith($"Value must not be empty or white space; was '{text}'.", e.Message, StringComparison.Ordinal);
        Assert.Equal("x", Preconditions.CheckNotBlank("x"));
    }

    [Fact]
    public void CheckArgumentRange_accepts_both_ends_and_refuses_one_beyond_showing_the_range()
    {
        Preconditions.CheckArgumentRange(1, 1, 1024, "degree");
        Preconditions.CheckArgumentRange(1024, 1, 1024, "degree");
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckArgumentRange(1025, 1, 1024, "degree"));
        Assert.Equal("degree", e.ParamName);
        Assert.Equal(1025, e.ActualValue);
        Assert.Contains("Value should be in range [1-1024]; was 1025.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckArgumentRange(0, 1, 1024, "degree"));
    }

    [Fact]
    public void CheckArgument_formats_an_interpolated_message_only_when_the_check_fails()
    {
        var value = new CountingFormattable();
        Preconditions.CheckArgument(true, $"Value {value} was refused.", "value");
        Assert.Equal(0, value.Formatted);
        var e = Assert.Throws<ArgumentException>(() => Preconditions.CheckArgument(false, $"Value {value} was refused.", "value"));
        Assert.Equal(1, value.Formatted);
        Assert.Equal("value", e.ParamName);
        Assert.StartsWith("Value counted was refused.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_interpolated_message_reads_as_the_same_interpolated_string()
    {
        decimal amount = 1234.5m;
        int count = 7;
        string? none = null;
        var e = Assert.Throws<ArgumentException>(() => Preconditions.CheckArgument(false, $"[{amount}|{count,4}|{count:D3}|{amount,-9:F2}|{none}]", "x"));
        Assert.StartsWith($"[{amount}|{count,4}|{count:D3}|{amount,-9:F2}|{none}]", e.Message, StringComparison.Ordinal);
    }

    private sealed class CountingFormattable
    {
        internal int Formatted { get; private set; }

        public override string ToString()
        {
            Formatted++;
            return "counted";
        }
    }
}
