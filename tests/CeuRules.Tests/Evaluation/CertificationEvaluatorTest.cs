using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>
/// What the evaluator adds around the engine's verdict, one day at a time: the reliability findings on the
/// certification date (docs/formats.md, "Reliability of a result").
/// </summary>
public sealed class CertificationEvaluatorTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    private static CertificationEvaluation Evaluate(LocalDate certifiedOn, LocalDate asOf) =>
        Evaluator.Evaluate(Build.Cma(certifiedOn), Transcript.Empty, asOf);

    [Fact]
    public void A_certification_dated_on_the_as_of_date_is_reliable_and_one_dated_the_day_after_is_not()
    {
        var asOf = D(2024, 6, 1);
        var sameDay = Evaluate(asOf, asOf);
        Assert.Empty(sameDay.Findings);
        Assert.True(sameDay.IsReliable);

        var dayAfter = Evaluate(asOf.PlusDays(1), asOf);
        var finding = Assert.Single(dayAfter.Findings);
        Assert.Equal("certified-after-as-of", finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Equal("certifiedOn", finding.Path);
        Assert.False(dayAfter.IsReliable);
    }

    [Fact]
    public void A_certification_dated_1900_01_01_is_plausible_and_one_dated_the_day_before_is_not()
    {
        var asOf = D(2024, 6, 1);
        Assert.Empty(Evaluate(D(1900, 1, 1), asOf).Findings);

        var finding = Assert.Single(Evaluate(D(1899, 12, 31), asOf).Findings);
        Assert.Equal("implausible-certification-date", finding.Code);
        Assert.Equal("1900-01-01", finding.Arguments["earliest"]);
    }

    [Fact]
    public void A_certification_before_1900_and_after_the_as_of_date_has_both_findings()
    {
        var both = Evaluate(D(1899, 12, 31), D(1899, 12, 30));
        Assert.Equal(["implausible-certification-date", "certified-after-as-of"], both.Findings.Select(f => f.Code));
        Assert.False(both.IsReliable);
    }
}
