using System;
using CeuRules.Model;
using Xunit;

namespace CeuRules.Tests.Model;

/// <summary>
/// The documented contract of the identifier value types <see cref="LearningActivityKind"/>, <see cref="Category"/> and
/// <see cref="CreditUnit"/>: ordinal equality and ordering by id (the default value first), the non-generic
/// <see cref="IComparable"/> (null first, another type refused) and formatting as the id.
/// </summary>
public sealed class IdentifierTypesContractTest
{
    [Theory]
    [InlineData("conference", "course")]
    [InlineData("course", "cpr-card")]
    [InlineData("a", "a-b")]
    [InlineData("b-card", "b.card")]
    public void LearningActivityKind_operators_order_ordinally_by_id(string smaller, string larger)
    {
        var a = new LearningActivityKind(smaller);
        var same = new LearningActivityKind(smaller);
        var b = new LearningActivityKind(larger);
        Assert.True(a < b);
        Assert.False(b < a);
        Assert.False(a < same);
        Assert.True(a <= b);
        Assert.False(b <= a);
        Assert.True(a <= same);
        Assert.True(b > a);
        Assert.False(a > b);
        Assert.False(a > same);
        Assert.True(b >= a);
        Assert.False(a >= b);
        Assert.True(a >= same);
        Assert.True(a == same);
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a != same);
    }

    [Fact]
    public void The_default_LearningActivityKind_orders_before_every_other_kind()
    {
        Assert.True(default(LearningActivityKind) < LearningActivityKind.BlsCard);
        Assert.True(LearningActivityKind.BlsCard > default(LearningActivityKind));
        Assert.True(default(LearningActivityKind) != LearningActivityKind.BlsCard);
    }

    [Fact]
    public void LearningActivityKind_as_IComparable_orders_null_first_and_compares_boxed_kinds()
    {
        IComparable course = LearningActivityKind.Course;
        Assert.True(course.CompareTo(null) > 0);
        Assert.True(course.CompareTo(LearningActivityKind.CprCard) < 0);
        Assert.True(course.CompareTo(LearningActivityKind.Conference) > 0);
        Assert.Equal(0, course.CompareTo(new LearningActivityKind("course")));
    }

    [Fact]
    public void LearningActivityKind_as_IComparable_refuses_another_type_naming_the_expected_type()
    {
        IComparable course = LearningActivityKind.Course;
        var e = Assert.Throws<ArgumentException>(() => course.CompareTo("course"));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type CeuRules.Model.LearningActivityKind.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LearningActivityKind_equals_boxed_kinds_with_the_same_id_only()
    {
        Assert.True(LearningActivityKind.Course.Equals((object)new LearningActivityKind("course")));
        Assert.False(LearningActivityKind.Course.Equals((object)LearningActivityKind.Conference));
        Assert.False(LearningActivityKind.Course.Equals((object)"course"));
        Assert.Equal(LearningActivityKind.Course.GetHashCode(), new LearningActivityKind("course").GetHashCode());
    }

    [Fact]
    public void LearningActivityKind_formats_as_its_id_and_the_default_as_empty()
    {
        Assert.Equal("cpr-card", LearningActivityKind.CprCard.ToString());
        Assert.Equal("renewable-certification", LearningActivityKind.RenewableCertification.ToString());
        Assert.Equal(string.Empty, default(LearningActivityKind).ToString());
    }

    [Theory]
    [InlineData("administrative", "clinical")]
    [InlineData("clinical", "general")]
    [InlineData("x", "x_")]
    public void Category_operators_order_ordinally_by_id(string smaller, string larger)
    {
        var a = new Category(smaller);
        var same = new Category(smaller);
        var b = new Category(larger);
        Assert.True(a < b);
        Assert.False(b < a);
        Assert.False(a < same);
        Assert.True(a <= b);
        Assert.False(b <= a);
        Assert.True(a <= same);
        Assert.True(b > a);
        Assert.False(a > b);
        Assert.False(a > same);
        Assert.True(b >= a);
        Assert.False(a >= b);
        Assert.True(a >= same);
        Assert.True(a == same);
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a != same);
    }

    [Fact]
    public void The_default_Category_orders_before_every_other_category()
    {
        Assert.True(default(Category) < Category.Administrative);
        Assert.True(Category.Administrative > default(Category));
    }

    [Fact]
    public void Category_as_IComparable_orders_null_first_and_compares_boxed_categories()
    {
        IComparable clinical = Category.Clinical;
        Assert.True(clinical.CompareTo(null) > 0);
        Assert.True(clinical.CompareTo(Category.General) < 0);
        Assert.True(clinical.CompareTo(Category.Administrative) > 0);
        Assert.Equal(0, clinical.CompareTo(new Category("clinical")));
    }

    [Fact]
    public void Category_as_IComparable_refuses_another_type_naming_the_expected_type()
    {
        IComparable clinical = Category.Clinical;
        var e = Assert.Throws<ArgumentException>(() => clinical.CompareTo(CreditUnit.AamaPoint));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type CeuRules.Model.Category.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Category_formats_as_its_id_and_the_default_as_empty()
    {
        Assert.Equal("administrative", Category.Administrative.ToString());
        Assert.Equal(string.Empty, default(Category).ToString());
    }

    [Theory]
    [InlineData("aama-point", "amt-ccp-point")]
    [InlineData("clock-hour", "college-credit")]
    [InlineData("iacet-ceu", "nha-credit")]
    public void CreditUnit_operators_order_ordinally_by_id(string smaller, string larger)
    {
        var a = new CreditUnit(smaller);
        var same = new CreditUnit(smaller);
        var b = new CreditUnit(larger);
        Assert.True(a < b);
        Assert.False(b < a);
        Assert.False(a < same);
        Assert.True(a <= b);
        Assert.False(b <= a);
        Assert.True(a <= same);
        Assert.True(b > a);
        Assert.False(a > b);
        Assert.False(a > same);
        Assert.True(b >= a);
        Assert.False(a >= b);
        Assert.True(a >= same);
        Assert.True(a == same);
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a != same);
    }

    [Fact]
    public void The_default_CreditUnit_orders_before_every_other_unit()
    {
        Assert.True(default(CreditUnit) < CreditUnit.AamaPoint);
        Assert.True(CreditUnit.AamaPoint >= default(CreditUnit));
    }

    [Fact]
    public void CreditUnit_as_IComparable_orders_null_first_and_compares_boxed_units()
    {
        IComparable hour = CreditUnit.ClockHour;
        Assert.True(hour.CompareTo(null) > 0);
        Assert.True(hour.CompareTo(CreditUnit.ContactHour) < 0);
        Assert.True(hour.CompareTo(CreditUnit.AamaPoint) > 0);
        Assert.Equal(0, hour.CompareTo(new CreditUnit("clock-hour")));
    }

    [Fact]
    public void CreditUnit_as_IComparable_refuses_another_type_naming_the_expected_type()
    {
        IComparable hour = CreditUnit.ClockHour;
        var e = Assert.Throws<ArgumentException>(() => hour.CompareTo(Category.Clinical));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type CeuRules.Model.CreditUnit.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreditUnit_formats_as_its_id_and_the_default_as_empty()
    {
        Assert.Equal("iacet-ceu", CreditUnit.IacetCeu.ToString());
        Assert.Equal(string.Empty, default(CreditUnit).ToString());
    }
}
