using System;
using CeuRules.Model;
using FsCheck;
using FsCheck.Xunit;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Model;

/// <summary>Equality, ordering and argument checks of the model's value types.</summary>
[Properties(Arbitrary = new[] { typeof(Generators) })]
public sealed class ValueTypeTest
{
    [Property]
    public bool CreditAmount_equality_ordering_and_arithmetic_agree_with_decimal(CreditAmount x, CreditAmount y) =>
        (x == y) == (x.Value == y.Value) && (x != y) == (x.Value != y.Value)
        && (x < y) == (x.Value < y.Value) && (x <= y) == (x.Value <= y.Value)
        && (x > y) == (x.Value > y.Value) && (x >= y) == (x.Value >= y.Value)
        && Math.Sign(x.CompareTo(y)) == Math.Sign(x.Value.CompareTo(y.Value))
        && (x + y).Value == x.Value + y.Value && (x - y).Value == x.Value - y.Value
        && x.Equals((object)x) && (!x.Equals(y) || x.GetHashCode() == y.GetHashCode())
        && CreditAmount.FromDecimal(x.Value) == x
        && CreditAmount.Shortfall(x, y).Value == Math.Max(0, x.Value - y.Value);

    [Property]
    public bool Ids_compare_ordinally(Category x, Category y) =>
        (x == y) == (x.Id == y.Id) && Math.Sign(x.CompareTo(y)) == Math.Sign(string.CompareOrdinal(x.Id, y.Id))
        && (x < y) == (x.CompareTo(y) < 0) && (x >= y) == (x.CompareTo(y) >= 0);

    [Property]
    public bool Money_orders_by_cents(Money x, Money y) =>
        (x < y) == (x.Cents < y.Cents) && (x == y) == (x.Cents == y.Cents) && (x + y).Cents == x.Cents + y.Cents;

    [Fact]
    public void CreditAmount_formats_with_the_fewest_decimals()
    {
        Assert.Equal("2", CreditAmount.FromUnits(2).ToString());
        Assert.Equal("2.5", CreditAmount.FromDecimal(2.5m).ToString());
        Assert.Equal("0.25", CreditAmount.FromHundredths(25).ToString());
        Assert.Equal("$65.00", Money.FromDollars(65).ToString());
    }

    [Fact]
    public void CreditAmount_rejects_more_than_two_decimals_and_overflow()
    {
        var e = Assert.Throws<ArgumentException>(() => CreditAmount.FromDecimal(1.005m));
        Assert.Equal("value", e.ParamName);
        Assert.Contains("1.005", e.Message, StringComparison.Ordinal);
        Assert.False(CreditAmount.TryFromDecimal(1e20m, out _));
        Assert.False(CreditAmount.TryFromDecimal(decimal.MaxValue, out _));
        Assert.False(CreditAmount.TryFromDecimal(decimal.MinValue, out _));
        Assert.Throws<OverflowException>(() => CreditAmount.MaxValue + CreditAmount.FromHundredths(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.FromCents(-1));
    }

    [Fact]
    public void Comparing_with_null_or_another_type_follows_IComparable()
    {
        IComparable amount = CreditAmount.Zero;
        Assert.True(amount.CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => amount.CompareTo("zero"));
        IComparable unit = CreditUnit.AamaPoint;
        Assert.Throws<ArgumentException>(() => unit.CompareTo(Category.General));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Clinical")]
    [InlineData("clin ical")]
    [InlineData("-x")]
    public void Malformed_ids_are_rejected_with_the_value_in_the_message(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => new Category(id));
        Assert.Equal("id", e.ParamName);
        Assert.Contains($"'{id}'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new CreditUnit(null!));
    }

    [Fact]
    public void Model_constructors_check_their_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => new Certification(null!, D(2020, 1, 1)));
        Assert.Throws<ArgumentException>(() => new LearningActivity(" ", LearningActivityKind.Course, D(2020, 1, 1)));
        Assert.Throws<ArgumentException>(() => new LearningActivity("a", default, D(2020, 1, 1)));
        Assert.Throws<ArgumentException>(() => new CreditLine(CreditAmount.FromUnits(-1), CreditUnit.AamaPoint));
        Assert.Throws<ArgumentException>(() => new CreditLine(CreditAmount.FromUnits(1), default));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LearningActivity("a", LearningActivityKind.Course, D(2020, 1, 1)) { DurationMinutes = -1 });
        Assert.Throws<ArgumentException>(() => new Transcript(new LearningActivity[] { null! }));
        Assert.Throws<ArgumentNullException>(() => new CeuRules.Evaluation.CertificationEvaluator(null!));
        Assert.Throws<ArgumentNullException>(() => new CeuRules.Evaluation.CertificationEvaluator().Evaluate(null!, Transcript.Empty, D(2020, 1, 1)));
        var transcript = Assert.Throws<ArgumentNullException>(() => new CeuRules.Evaluation.CertificationEvaluator().Evaluate(Cma(D(2020, 1, 1)), null!, D(2020, 1, 1)));
        Assert.Equal("transcript", transcript.ParamName);
    }

    [Fact]
    public void Model_classes_compare_by_value()
    {
        var a = Approved("a", D(2022, 1, 1), 2, "clinical");
        var b = Approved("a", D(2022, 1, 1), 2, "clinical");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Approved("a", D(2022, 1, 1), 3, "clinical"));
        Assert.Equal(T(a), T(b));
        Assert.Equal(Cma(D(2020, 1, 1), true, new ExamAttempt(D(2020, 5, 5), false)), Cma(D(2020, 1, 1), true, new ExamAttempt(D(2020, 5, 5), false)));
        Assert.NotEqual(Cma(D(2020, 1, 1), true), Cma(D(2020, 1, 1), false));
    }
}
