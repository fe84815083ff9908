using CeuRules.Utility;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Utility;

/// <summary>
/// <see cref="PeriodRules"/>:
/// date arithmetic that stops at the ends of the calendar instead of throwing (periods in words are the words layer's, <c>Explainer.Period</c>).
/// </summary>
public sealed class PeriodRulesContractTest
{
    [Fact]
    public void Subtracting_past_the_first_day_gives_the_first_day()
    {
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(LocalDate.MinIsoValue, Period.FromDays(1)));
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(D(2000, 1, 1), Period.FromYears(12_000)));
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(D(2000, 1, 1), Period.FromMonths(int.MaxValue)));
    }

    [Fact]
    public void Subtracting_a_period_too_large_for_any_date_gives_the_first_day()
    {
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(D(2000, 1, 1), Period.FromWeeks(int.MaxValue)));
        Assert.Equal(LocalDate.MinIsoValue, PeriodRules.MinusOrMin(D(2000, 1, 1), Period.FromDays(int.MaxValue)));
    }

    [Fact]
    public void Subtracting_within_the_calendar_is_ordinary_date_arithmetic()
    {
        Assert.Equal(D(2019, 2, 28), PeriodRules.MinusOrMin(D(2024, 2, 29), Period.FromYears(5)));
        Assert.Equal(D(-9998, 1, 1), PeriodRules.MinusOrMin(D(-9998, 1, 2), Period.FromDays(1)));
        Assert.Equal(LocalDate.MinIsoValue, D(-9998, 1, 1));
    }

    [Fact]
    public void Adding_past_the_last_day_gives_the_last_day()
    {
        Assert.Equal(LocalDate.MaxIsoValue, PeriodRules.PlusOrMax(LocalDate.MaxIsoValue, Period.FromDays(1)));
        Assert.Equal(LocalDate.MaxIsoValue, PeriodRules.PlusOrMax(D(2000, 1, 1), Period.FromWeeks(int.MaxValue)));
        Assert.Equal(D(9999, 12, 31), PeriodRules.PlusOrMax(D(9999, 12, 30), Period.FromDays(1)));
    }
}
