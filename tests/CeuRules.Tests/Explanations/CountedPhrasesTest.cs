using System.Collections.Immutable;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Policies.BuiltIn;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>
/// Every counted phrase at 0, 1, 2 and a fractional amount, in both languages: the noun and the verb
/// agree with the number ("Le falta 1 crédito", "Le faltan 2 créditos", "Le faltan 0.5 créditos").
/// </summary>
public sealed class CountedPhrasesTest
{
    private static readonly LocalDate Certified = new(2024, 3, 1);
    private static readonly LocalDate AsOf = new(2025, 1, 1);

    /// <summary>A CCMA (10 NHA credits) in progress with the given credit earned.</summary>
    private static CertificationEvaluation Earned(int hundredths)
    {
        var activities = hundredths == 0
            ? ImmutableArray<LearningActivity>.Empty
            : [new LearningActivity("a", LearningActivityKind.Course, new LocalDate(2024, 6, 1))
            {
                Title = "Review",
                Credits = [new CreditLine(CreditAmount.FromHundredths(hundredths), CreditUnit.NhaCredit)],
            }];
        return new CertificationEvaluator().Evaluate(new Certification(Credential.NhaCcma, Certified), new Transcript(activities), AsOf);
    }

    [Theory]
    [InlineData(1000, "Cumple todos los requisitos.", "No le faltan más créditos.", "Cumplido")]
    [InlineData(900, "Le falta 1 crédito de la NHA en total.", "Le falta 1 crédito de la NHA en total.", "Falta 1 crédito de la NHA")]
    [InlineData(800, "Le faltan 2 créditos de la NHA en total.", "Le faltan 2 créditos de la NHA en total.", "Faltan 2 créditos de la NHA")]
    [InlineData(950, "Le faltan 0.5 créditos de la NHA en total.", "Le faltan 0.5 créditos de la NHA en total.", "Faltan 0.5 créditos de la NHA")]
    [InlineData(850, "Le faltan 1.5 créditos de la NHA en total.", "Le faltan 1.5 créditos de la NHA en total.", "Faltan 1.5 créditos de la NHA")]
    public void Spanish_verbs_agree_with_what_is_still_needed(int earnedHundredths, string headlineEnd, string stillNeeded, string result)
    {
        var evaluation = Earned(earnedHundredths);
        var words = Explainer.Spanish;
        Assert.EndsWith(headlineEnd, words.Headline(evaluation), System.StringComparison.Ordinal);
        Assert.Equal(stillNeeded, words.StillNeeded(evaluation));
        Assert.Equal(result, words.RequirementResult(Assert.Single(evaluation.Requirements), evaluation));
    }

    [Theory]
    [InlineData(1000, "You need no more credit.", "Met")]
    [InlineData(900, "You still need 1 NHA credit in total.", "1 NHA credit still needed")]
    [InlineData(800, "You still need 2 NHA credits in total.", "2 NHA credits still needed")]
    [InlineData(950, "You still need 0.5 NHA credits in total.", "0.5 NHA credits still needed")]
    public void English_nouns_agree_with_what_is_still_needed(int earnedHundredths, string stillNeeded, string result)
    {
        var evaluation = Earned(earnedHundredths);
        Assert.Equal(stillNeeded, Explainer.English.StillNeeded(evaluation));
        Assert.Equal(result, Explainer.English.RequirementResult(Assert.Single(evaluation.Requirements), evaluation));
    }

    [Theory]
    [InlineData(0, "0 NHA credits", "0 créditos de la NHA")]
    [InlineData(100, "1 NHA credit", "1 crédito de la NHA")]
    [InlineData(200, "2 NHA credits", "2 créditos de la NHA")]
    [InlineData(50, "0.5 NHA credits", "0.5 créditos de la NHA")]
    [InlineData(150, "1.5 NHA credits", "1.5 créditos de la NHA")]
    public void Amounts_agree_with_their_number(int hundredths, string english, string spanish)
    {
        var amount = CreditAmount.FromHundredths(hundredths);
        Assert.Equal(english, Explainer.English.Amount(amount, NhaCcma.Current));
        Assert.Equal(spanish, Explainer.Spanish.Amount(amount, NhaCcma.Current));
    }

    [Theory]
    [InlineData("0", "0 minutes", "0 minutos")]
    [InlineData("1", "1 minute", "1 minuto")]
    [InlineData("2", "2 minutes", "2 minutos")]
    [InlineData("1.5", "1.5 minutes", "1.5 minutos")]
    [InlineData("60", "1 hour", "1 hora")]
    [InlineData("61", "1 hour and 1 minute", "1 hora y 1 minuto")]
    [InlineData("120", "2 hours", "2 horas")]
    [InlineData("150.5", "2 hours and 30.5 minutes", "2 horas y 30.5 minutos")]
    public void Lengths_of_time_agree_with_their_number(string minutes, string english, string spanish)
    {
        decimal value = decimal.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(english, Explainer.English.Minutes(value));
        Assert.Equal(spanish, Explainer.Spanish.Minutes(value));
    }

    [Theory]
    [InlineData(0, "today", "hoy")]
    [InlineData(1, "in 1 day", "dentro de 1 día")]
    [InlineData(2, "in 2 days", "dentro de 2 días")]
    [InlineData(-1, "1 day ago", "hace 1 día")]
    [InlineData(-2, "2 days ago", "hace 2 días")]
    public void Days_agree_with_their_number(int days, string english, string spanish)
    {
        Assert.Equal(english, Explainer.English.Days(days));
        Assert.Equal(spanish, Explainer.Spanish.Days(days));
    }

    [Theory]
    [InlineData(0, "Due within 0 days", "Vencen en los próximos 0 días")]
    [InlineData(1, "Due within 1 day", "Vencen en el próximo 1 día")]
    [InlineData(2, "Due within 2 days", "Vencen en los próximos 2 días")]
    public void Horizons_agree_with_their_number(int days, string english, string spanish)
    {
        Assert.Equal(english, Explainer.English.DueWithin(days));
        Assert.Equal(spanish, Explainer.Spanish.DueWithin(days));
    }

    [Theory]
    [InlineData(1, 0, "1 year", "1 año")]
    [InlineData(2, 0, "2 years", "2 años")]
    [InlineData(1, 1, "1 year and 1 month", "1 año y 1 mes")]
    [InlineData(0, 2, "2 months", "2 meses")]
    public void Periods_agree_with_their_number(int years, int months, string english, string spanish)
    {
        var period = new PeriodBuilder { Years = years, Months = months }.Build();
        Assert.Equal(english, Explainer.English.Period(period));
        Assert.Equal(spanish, Explainer.Spanish.Period(period));
    }
    [Theory]
    [InlineData(0, "w.jsonl: 0 lines read, 0 people evaluated (0 certifications), 0 lines not evaluated, 0 certifications without a policy; as of 1 January 2025.",
        "w.jsonl: 0 líneas leídas, 0 personas evaluadas (0 certificaciones), 0 líneas sin evaluar, 0 certificaciones sin política; evaluación al 1 de enero de 2025.")]
    [InlineData(1, "w.jsonl: 1 line read, 1 person evaluated (1 certification), 1 line not evaluated, 1 certification without a policy; as of 1 January 2025.",
        "w.jsonl: 1 línea leída, 1 persona evaluada (1 certificación), 1 línea sin evaluar, 1 certificación sin política; evaluación al 1 de enero de 2025.")]
    [InlineData(2, "w.jsonl: 2 lines read, 2 people evaluated (2 certifications), 2 lines not evaluated, 2 certifications without a policy; as of 1 January 2025.",
        "w.jsonl: 2 líneas leídas, 2 personas evaluadas (2 certificaciones), 2 líneas sin evaluar, 2 certificaciones sin política; evaluación al 1 de enero de 2025.")]
    [InlineData(1200, "w.jsonl: 1,200 lines read, 1,200 people evaluated (1,200 certifications), 1,200 lines not evaluated, 1,200 certifications without a policy; as of 1 January 2025.",
        "w.jsonl: 1,200 líneas leídas, 1,200 personas evaluadas (1,200 certificaciones), 1,200 líneas sin evaluar, 1,200 certificaciones sin política; evaluación al 1 de enero de 2025.")]
    public void A_workforce_summary_counts_each_thing_in_its_number(int count, string english, string spanish)
    {
        Assert.Equal(english, Explainer.English.WorkforceCounts("w.jsonl", count, count, count, count, count, AsOf));
        Assert.Equal(spanish, Explainer.Spanish.WorkforceCounts("w.jsonl", count, count, count, count, count, AsOf));
    }

    [Theory]
    [InlineData(0, "0 people evaluated (0 certifications), 0 lines not evaluated, 0 certifications without a policy.",
        "0 personas evaluadas (0 certificaciones), 0 líneas sin evaluar, 0 certificaciones sin política.")]
    [InlineData(1, "1 person evaluated (1 certification), 1 line not evaluated, 1 certification without a policy.",
        "1 persona evaluada (1 certificación), 1 línea sin evaluar, 1 certificación sin política.")]
    [InlineData(2, "2 people evaluated (2 certifications), 2 lines not evaluated, 2 certifications without a policy.",
        "2 personas evaluadas (2 certificaciones), 2 líneas sin evaluar, 2 certificaciones sin política.")]
    [InlineData(1200, "1,200 people evaluated (1,200 certifications), 1,200 lines not evaluated, 1,200 certifications without a policy.",
        "1,200 personas evaluadas (1,200 certificaciones), 1,200 líneas sin evaluar, 1,200 certificaciones sin política.")]
    public void A_workforce_tally_counts_each_thing_in_its_number(int count, string english, string spanish)
    {
        Assert.Equal(english, Explainer.English.WorkforceTally(count, count, count, count));
        Assert.Equal(spanish, Explainer.Spanish.WorkforceTally(count, count, count, count));
    }

    [Theory]
    [InlineData(true, 0, 0, "Valid: no errors, 0 warnings.", "Válido: ningún error, 0 advertencias.")]
    [InlineData(true, 0, 1, "Valid: no errors, 1 warning.", "Válido: ningún error, 1 advertencia.")]
    [InlineData(false, 1, 2, "Not valid: 1 error, 2 warnings.", "No válido: 1 error, 2 advertencias.")]
    [InlineData(false, 2, 1, "Not valid: 2 errors, 1 warning.", "No válido: 2 errores, 1 advertencia.")]
    [InlineData(false, 1500, 0, "Not valid: 1,500 errors, 0 warnings.", "No válido: 1,500 errores, 0 advertencias.")]
    public void A_catalog_check_counts_its_errors_and_warnings_in_their_number(bool valid, int errors, int warnings, string english, string spanish)
    {
        Assert.Equal(english, Explainer.English.CatalogResult(valid, errors, warnings));
        Assert.Equal(spanish, Explainer.Spanish.CatalogResult(valid, errors, warnings));
    }

    [Theory]
    [InlineData(1, 1, "Due within 1 day: 1 certification.", "Vencen en el próximo 1 día: 1 certificación.")]
    [InlineData(60, 0, "Due within 60 days: 0 certifications.", "Vencen en los próximos 60 días: 0 certificaciones.")]
    [InlineData(60, 2, "Due within 60 days: 2 certifications.", "Vencen en los próximos 60 días: 2 certificaciones.")]
    public void The_certifications_due_soon_are_counted_in_their_number(int days, int count, string english, string spanish)
    {
        Assert.Equal(english, Explainer.English.DueSoonCount(days, count));
        Assert.Equal(spanish, Explainer.Spanish.DueSoonCount(days, count));
    }

    [Fact]
    public void A_shortened_list_says_how_many_more_there_are()
    {
        Assert.Equal("No route left to recertify: 1 certification (X1 aama-cma).", Explainer.English.NoRouteLeft(1, ["X1 aama-cma"]));
        Assert.Equal("No route left to recertify: 3 certifications (X1 aama-cma, X2 nha-ccma, and 1 more).", Explainer.English.NoRouteLeft(3, ["X1 aama-cma", "X2 nha-ccma"]));
        Assert.Equal("Sin vía para recertificarse: 3 certificaciones (X1 aama-cma, X2 nha-ccma y 1 más).", Explainer.Spanish.NoRouteLeft(3, ["X1 aama-cma", "X2 nha-ccma"]));
        Assert.Equal("… and 12 more in report.xlsx.", Explainer.English.MoreDueSoon(12, "report.xlsx"));
        Assert.Equal("… y 12 más en informe.xlsx.", Explainer.Spanish.MoreDueSoon(12, "informe.xlsx"));
    }

    [Theory]
    [InlineData(1, 1, "1 of 1 case conforms.", "1 de 1 caso es conforme.")]
    [InlineData(0, 2, "0 of 2 cases conform.", "0 de 2 casos son conformes.")]
    [InlineData(41, 42, "41 of 42 cases conform.", "41 de 42 casos son conformes.")]
    public void A_conformance_run_counts_its_cases_in_their_number(int conforming, int cases, string english, string spanish)
    {
        Assert.Equal(english, Explainer.English.ConformanceSummary(conforming, cases));
        Assert.Equal(spanish, Explainer.Spanish.ConformanceSummary(conforming, cases));
    }
}
