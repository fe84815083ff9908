using System;
using System.Collections.Immutable;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>
/// A custom unit the policy says is feminine in Spanish ("horas de seguridad") at 0, 1, 2 and a fractional
/// amount: the words about it agree in gender and number ("1 hora de seguridad aprobada", "de las cuales").
/// </summary>
public sealed class CustomUnitGenderTest
{
    private static readonly CredentialPolicy Policy = SpanishNamedPolicy.Policy;
    private static readonly CreditUnit SafetyHour = new("safety-hour");

    /// <summary>One drill of <paramref name="hundredths"/> safety hours, approved by the clinic or not, evaluated as of early in the cycle.</summary>
    private static CertificationEvaluation Earned(int hundredths, bool approved)
    {
        var activities = hundredths == 0
            ? ImmutableArray<LearningActivity>.Empty
            : [new LearningActivity("a", new LearningActivityKind("drill"), new LocalDate(2024, 6, 1))
            {
                Title = "Fire drill",
                Credits = [new CreditLine(CreditAmount.FromHundredths(hundredths), SafetyHour, new Category("fire")) { ApprovedBy = approved ? ["example-clinic"] : [] }],
            }];
        return new CertificationEvaluator(new PolicyCatalog([Policy]))
            .Evaluate(new Certification(Policy.Credential, new LocalDate(2024, 3, 1)), new Transcript(activities), new LocalDate(2024, 7, 1));
    }

    [Theory]
    [InlineData(100, true, "1 hora de seguridad", "aprobada por la clínica Example")]
    [InlineData(200, true, "2 horas de seguridad", "aprobadas por la clínica Example")]
    [InlineData(150, true, "1.5 horas de seguridad", "aprobadas por la clínica Example")]
    [InlineData(100, false, "1 hora de seguridad", "no aprobada por la clínica Example")]
    [InlineData(200, false, "2 horas de seguridad", "no aprobadas por la clínica Example")]
    [InlineData(50, false, "0.5 horas de seguridad", "no aprobadas por la clínica Example")]
    public void What_counted_agrees_with_the_feminine_unit(int hundredths, bool approved, string amount, string approval)
    {
        var evaluation = Earned(hundredths, approved);
        string lines = string.Join(" ", Explainer.Spanish.ActivityLines(Assert.Single(evaluation.Activities), evaluation));
        Assert.Contains(amount, lines, StringComparison.Ordinal);
        Assert.Contains(approval, lines, StringComparison.Ordinal);
        Assert.DoesNotContain("aprobado", lines, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "10 horas de seguridad en total de las cuales al menos 2 horas de seguridad en la categoría prevención de incendios", "al menos 6 horas de seguridad aprobadas por la clínica Example")]
    [InlineData(100, "9 horas de seguridad en total de las cuales al menos 1 hora de seguridad en la categoría prevención de incendios", "al menos 5 horas de seguridad aprobadas por la clínica Example")]
    [InlineData(500, "5 horas de seguridad en total de las cuales", "al menos 1 hora de seguridad aprobada por la clínica Example")]
    [InlineData(450, "5.5 horas de seguridad en total de las cuales", "al menos 1.5 horas de seguridad aprobadas por la clínica Example")]
    public void The_plan_agrees_with_the_feminine_unit(int approvedHundredths, string total, string approvedPart)
    {
        var evaluation = Earned(approvedHundredths, approved: true);
        string plan = string.Join(" ", Explainer.Spanish.PlanItems(evaluation));
        Assert.StartsWith(total, plan, StringComparison.Ordinal);
        Assert.EndsWith(approvedPart, plan, StringComparison.Ordinal);
        Assert.DoesNotContain("de los cuales", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("aprobados", plan, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_gender_the_unit_agrees_as_masculine_and_English_is_unchanged()
    {
        var masculine = Assert.Single(SpanishNamedPolicy.Read(v => v["units"]!.AsObject().Remove("genders")).Policies);
        var evaluation = new CertificationEvaluator(new PolicyCatalog([masculine]))
            .Evaluate(new Certification(masculine.Credential, new LocalDate(2024, 3, 1)), Transcript.Empty, new LocalDate(2024, 7, 1));
        string plan = string.Join(" ", Explainer.Spanish.PlanItems(evaluation));
        Assert.Contains("en total de los cuales", plan, StringComparison.Ordinal);
        Assert.EndsWith("6 horas de seguridad aprobados por la clínica Example", plan, StringComparison.Ordinal);
        Assert.Contains("6 safety hours approved by Example Clinic", string.Join(" ", Explainer.English.PlanItems(Earned(0, approved: true))), StringComparison.Ordinal);
    }
}
