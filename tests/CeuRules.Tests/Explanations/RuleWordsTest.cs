using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>
/// Each rule in one sentence with its values, from the words layer (<see cref="Explainer.Rule"/>), in English and
/// in Spanish, in the policy's names for its unit, categories and kinds: the built-in rules as the rule pages of
/// docs/credentials show them, and the shapes no built-in policy has.
/// </summary>
public sealed class RuleWordsTest
{
    private static readonly RuleSource Handbook = new("Acme Health HR policy 12, 2024");

    private static CredentialPolicy Version(string policyId) => PolicyCatalog.BuiltIn.Policies.Single(p => p.PolicyId == policyId);

    private static CredentialPolicy Aama => Version("aama-cma@2020");

    private static string English(string policyId, string ruleId)
    {
        var policy = Version(policyId);
        return Explainer.English.Rule(policy.Rules().Single(r => r.RuleId == ruleId), policy);
    }

    private static string Spanish(string policyId, string ruleId)
    {
        var policy = Version(policyId);
        return Explainer.Spanish.Rule(policy.Rules().Single(r => r.RuleId == ruleId), policy);
    }

    [Theory]
    [InlineData("aama-cma@2020", "aama-cma/expiration", "Current through the last day of the month 60 months after the certification date.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/expiration", "Current through the day before the date 1 year after the certification date.")]
    [InlineData("aama-cma@2020", "aama-cma/window", "Activities count when completed from the certification date through the expiration date, both days included.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/window", "Activities count when completed from January 1 of the year before the year of the expiration date through the expiration date, both days included.")]
    [InlineData("aama-cma@2020", "aama-cma/units", "Credit is counted in AAMA points. Credit stated in contact hours, IACET CEUs and college credits converts to this unit.")]
    [InlineData("aama-cma@2020", "aama-cma/contact-hour", "1 contact hour converts to 1 AAMA point. Each contact hour stands for 50 minutes of activity.")]
    [InlineData("aama-cma@2020", "aama-cma/college-credit", "1 college credit converts to 15 AAMA points, counted as not approved by the AAMA. Each college credit stands for 12 hours and 30 minutes of activity.")]
    [InlineData("nha-ccma@2-year", "nha-ccma/clock-hour", "1 clock hour converts to 0.5 NHA credits.")]
    [InlineData("nha-ccma@2-year", "nha-ccma/duration", "An activity that states no credit in a unit the NHA accepts earns 1 NHA credit for every 2 hours of documented time, counted exactly: nothing is rounded away.")]
    [InlineData("aama-cma@2020", "aama-cma/categories", "Credit is sorted into the categories general, clinical and administrative; every credit line must name one.")]
    [InlineData("aama-cma@2020", "aama-cma/total", "At least 60 AAMA points in total.")]
    [InlineData("aama-cma@2020", "aama-cma/category:clinical", "At least 10 AAMA points in the clinical category.")]
    [InlineData("aama-cma@2020", "aama-cma/approved", "At least 30 AAMA points approved by the AAMA.")]
    [InlineData("aama-cma@2020", "aama-cma/non-approved-cap", "At most 30 AAMA points not approved by the AAMA count.")]
    [InlineData("aama-cma@2020", "aama-cma/non-approved-duration", "An activity not approved by the AAMA must last at least 50 minutes and earns at most 1 AAMA point for every 50 minutes.")]
    [InlineData("aama-cma@2020", "aama-cma/self-study", "For self-study programs, credit counts only when the program is completed within 6 months of purchase.")]
    [InlineData("aama-cma@2020", "aama-cma/cpr-cards", "A CPR card valid for 24 months and issued inside the window earns 4 AAMA points in the clinical category, counted as approved by the AAMA; at most 3 cards count (12 AAMA points). A card valid for any other length of time is flagged for review.")]
    [InlineData("aama-cma@2020", "aama-cma/ce-time-limit", "Recertification by continuing education is possible for 90 days after expiration; after that, only the exam remains.")]
    [InlineData("amt-rma@2021", "amt-rma/reactivation-limit", "Recertification by continuing education ends at expiration; reactivation is possible for 10 years after it; after that, only the exam remains.")]
    [InlineData("nha-ccma@2-year", "nha-ccma/ce-time-limit", "Recertification by continuing education is not possible after expiration.")]
    [InlineData("aama-cma@2020", "aama-cma/exam", "Pass the exam at least 2 months before expiration and apply at least 30 days before it; 3 attempts are allowed; after the last attempt, you cannot take the exam or recertify until you complete an accredited medical assisting program again.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/exam", "Recertification by exam once the certification has lapsed: 4 attempts are allowed; after the last attempt, the NCCT's testing policy allows no further attempt; contact the NCCT.")]
    [InlineData("aama-cma@2020", "aama-cma/fee-ce", "Fee for recertification by continuing education: $65.00 for members, $130.00 for non-members.")]
    [InlineData("amt-rma@2021", "amt-rma/fee-annual", "Annual fee: $50.00.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/not-accepted", "CPR cards, BLS cards, first aid cards and certifications that must be renewed are not accepted.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/recurring-training", "For training given by an employer, an activity with the same title as one completed less than 5 years before it does not count.")]
    public void A_built_in_rule_says_its_values_in_the_policys_words(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, English(policyId, ruleId));

    [Theory]
    [InlineData("aama-cma@2020", "aama-cma/approved", "Al menos 30 puntos de la AAMA aprobados por la AAMA.")]
    [InlineData("aama-cma@2020", "aama-cma/non-approved-cap", "Cuentan como máximo 30 puntos de la AAMA no aprobados por la AAMA.")]
    [InlineData("aama-cma@2020", "aama-cma/category:clinical", "Al menos 10 puntos de la AAMA en la categoría clínica.")]
    [InlineData("aama-cma@2020", "aama-cma/categories", "El crédito se clasifica en las categorías general, clínica y administrativa; cada línea de crédito debe indicar una.")]
    [InlineData("aama-cma@2020", "aama-cma/college-credit", "1 crédito universitario equivale a 15 puntos de la AAMA, contados como no aprobados por la AAMA. Cada crédito universitario representa 12 horas y 30 minutos de actividad.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/contact-hour", "1 hora de contacto equivale a 1 hora reloj.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/duration", "Una actividad que no indica crédito en una unidad que acepte el NCCT obtiene 1 hora reloj por cada hora de tiempo documentado, calculado con exactitud: no se redondea nada.")]
    [InlineData("amt-rma@2021", "amt-rma/employment-cutoff", "El crédito por la experiencia laboral cuenta solo por lo completado hasta el 31 de diciembre de 2020 inclusive.")]
    [InlineData("amt-rma@2021", "amt-rma/reactivation-window", "Una vez vencida la certificación, mientras aún sea posible recertificarse por educación continua, cuentan las actividades completadas como máximo 3 años antes de la fecha de la solicitud, hasta la fecha de la solicitud inclusive; la fecha de la evaluación hace las veces de la fecha de la solicitud.")]
    [InlineData("aama-cma@2020", "aama-cma/ce-time-limit-transition", "Una certificación que había vencido antes y seguía dentro del plazo anterior para la educación continua se trata como si hubiera vencido el 31 de diciembre de 2019.")]
    [InlineData("aama-cma@2020", "aama-cma/fee-exam", "Cuota del examen: $125.00 para miembros y $250.00 para no miembros.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/not-accepted", "No se aceptan las tarjetas de RCP (CPR), las tarjetas de soporte vital básico (BLS), las tarjetas de primeros auxilios y las certificaciones que deben renovarse.")]
    [InlineData("ncct-ncma@rev-2023", "ncct-ncma/exam", "Recertificación por examen una vez vencida la certificación: se permiten 4 intentos; después del último intento, la política de exámenes del NCCT no permite más intentos; comuníquese con el NCCT.")]
    public void A_built_in_rule_says_the_same_in_spanish(string policyId, string ruleId, string sentence) =>
        Assert.Equal(sentence, Spanish(policyId, ruleId));

    [Fact]
    public void A_window_that_looks_back_from_expiration_says_how_far()
    {
        var window = new CreditWindowRule("acme-rn/window", Handbook, WindowStart.LookbackFromEnd, Period.FromYears(3));
        Assert.Equal("Activities count when completed at most 3 years before the expiration date, through the expiration date itself.", Explainer.English.Rule(window, Aama));
        Assert.Equal("Cuentan las actividades completadas como máximo 3 años antes de la fecha de vencimiento, hasta la fecha de vencimiento inclusive.", Explainer.Spanish.Rule(window, Aama));
    }

    [Fact]
    public void A_reactivation_window_from_the_certification_date_says_so()
    {
        var window = new ReactivationWindowRule("acme-rn/reactivation-window", Handbook, WindowStart.CertificationDate, null);
        Assert.Equal(
            "Once the certification has expired, while recertification by continuing education is still possible, activities count when completed from the certification date through the date of the application, both days included; the date of the evaluation stands for the date of the application.",
            Explainer.English.Rule(window, Aama));
    }

    [Fact]
    public void A_unit_rule_without_conversions_says_no_other_unit_converts()
    {
        var units = new UnitRule("acme-rn/units", Handbook, CreditUnit.ContactHour, ImmutableArray<UnitConversion>.Empty);
        Assert.Equal("Credit is counted in contact hours; no other unit converts to it.", Explainer.English.Rule(units, Aama));
        Assert.Equal("El crédito se cuenta en horas de contacto; no se convierte ninguna otra unidad.", Explainer.Spanish.Rule(units, Aama));
    }

    [Fact]
    public void A_conversion_factor_is_said_exactly_without_trailing_zeros()
    {
        var halves = new UnitConversion("acme-rn/contact-hour", Handbook, CreditUnit.ContactHour, 1.50m, countsAsNonApproved: false, impliedMinutesPerUnit: null);
        Assert.Equal("1 contact hour converts to 1.5 AAMA points.", Explainer.English.Rule(halves, Aama));
        var fine = new UnitConversion("acme-rn/iacet-ceu", Handbook, CreditUnit.IacetCeu, 0.25m, countsAsNonApproved: false, impliedMinutesPerUnit: null);
        Assert.Equal("1 IACET CEU converts to 0.25 AAMA points.", Explainer.English.Rule(fine, Aama));
        var one = new UnitConversion("acme-rn/college-credit", Handbook, CreditUnit.CollegeCredit, 1m, countsAsNonApproved: true, impliedMinutesPerUnit: null);
        Assert.Equal("1 college credit converts to 1 AAMA point, counted as not approved by the AAMA.", Explainer.English.Rule(one, Aama));
        Assert.Equal("1 crédito universitario equivale a 1 punto de la AAMA, contado como no aprobado por la AAMA.", Explainer.Spanish.Rule(one, Aama));
    }

    [Fact]
    public void Categories_that_no_line_must_name_are_listed_without_the_obligation()
    {
        var categories = new CategoryRule("acme-rn/categories", Handbook, [new Category("safety"), Category.Clinical], required: false);
        Assert.Equal("Credit is sorted into the categories safety and clinical.", Explainer.English.Rule(categories, Aama));
        var none = new CategoryRule("acme-rn/categories", Handbook, [], required: false);
        Assert.Equal("Credit is not sorted into categories.", Explainer.English.Rule(none, Aama));
        Assert.Equal("El crédito no se clasifica por categorías.", Explainer.Spanish.Rule(none, Aama));
    }

    [Fact]
    public void Cpr_cards_counted_as_not_approved_say_so_and_one_card_is_singular()
    {
        var cards = new CprCardRule("acme-rn/cpr-cards", Handbook, CreditAmount.FromDecimal(1.5m), Category.Clinical, 12, 1, countsAsApproved: false);
        Assert.Equal(
            "A CPR card valid for 12 months and issued inside the window earns 1.5 AAMA points in the clinical category, counted as not approved by the AAMA; at most 1 card counts (1.5 AAMA points). A card valid for any other length of time is flagged for review.",
            Explainer.English.Rule(cards, Aama));
        Assert.Contains("contados como no aprobados por la AAMA; cuenta como máximo 1 tarjeta (1.5 puntos de la AAMA)", Explainer.Spanish.Rule(cards, Aama), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exam_route_open_at_any_time_with_one_attempt_says_it_in_the_singular()
    {
        var exam = new ExamRoute("acme-rn/exam", Handbook, 1, "ask Acme Health HR.");
        Assert.Equal("Recertification by exam: 1 attempt is allowed; after the last attempt, ask Acme Health HR.", Explainer.English.Rule(exam, Aama));
        Assert.Equal("Recertificación por examen: se permite 1 intento; después del último intento, ask Acme Health HR.", Explainer.Spanish.Rule(exam, Aama));
    }

    [Fact]
    public void A_fee_the_same_for_everyone_says_one_amount()
    {
        var fee = new FeeRule("acme-rn/fee-exam", Handbook, FeeKind.Exam, Money.FromDollars(125), Money.FromDollars(125));
        Assert.Equal("Exam fee: $125.00.", Explainer.English.Rule(fee, Aama));
        Assert.Equal("Cuota del examen: $125.00.", Explainer.Spanish.Rule(fee, Aama));
    }

    [Fact]
    public void A_period_of_several_parts_is_said_part_by_part()
    {
        var training = new RecurringTrainingRule("acme-rn/recurring-training", Handbook, LearningActivityKind.EmployerTraining, Period.FromYears(1) + Period.FromMonths(6));
        Assert.Equal(
            "For training given by an employer, an activity with the same title as one completed less than 1 year and 6 months before it does not count.",
            Explainer.English.Rule(training, Aama));
    }

    [Fact]
    public void A_custom_policys_own_names_are_used_in_the_readers_language()
    {
        var policy = SpanishNamedPolicy.Policy;
        foreach (var rule in policy.Rules())
        {
            string spanish = Explainer.Spanish.Rule(rule, policy);
            foreach (string english in SpanishNamedPolicy.EnglishNames)
            {
                Assert.DoesNotContain(english, spanish, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_rule_of_every_built_in_version_is_one_plain_sentence_in_both_languages()
    {
        var english = new Regex(@"\b(" + string.Join("|", PlainWordsTest.EnglishWords) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var rules = PolicyCatalog.BuiltIn.Policies.SelectMany(p => p.Rules().Select(r => (Policy: p, Rule: r))).ToList();
        Assert.True(rules.Count > 80, $"Only {rules.Count} rules.");
        foreach (var (policy, rule) in rules)
        {
            foreach (var words in new[] { Explainer.English, Explainer.Spanish })
            {
                string sentence = words.Rule(rule, policy);
                Assert.False(string.IsNullOrWhiteSpace(sentence), rule.RuleId);
                Assert.True(char.IsUpper(sentence[0]) || char.IsDigit(sentence[0]), $"{rule.RuleId}: {sentence}");
                Assert.EndsWith(".", sentence, StringComparison.Ordinal);
                Assert.DoesNotContain("\n", sentence, StringComparison.Ordinal);
                Assert.DoesNotContain("{", sentence, StringComparison.Ordinal);
                // No id of a unit, kind or category: they are named in words.
                Assert.DoesNotMatch(@"\b[a-z]+-[a-z]+(-[a-z]+)*\b(?<!self-study|non-members|first-aid)", sentence.Replace("SHA-256", string.Empty, StringComparison.Ordinal));
            }
            // Spanish says no English word, except where the body's own English text stands for a custom policy (none built in).
            var match = english.Match(Explainer.Spanish.Rule(rule, policy));
            Assert.False(match.Success, $"{rule.RuleId}: \"{match.Value}\" in \"{Explainer.Spanish.Rule(rule, policy)}\"");
        }
    }

    [Fact]
    public void A_rule_formats_as_its_id()
    {
        var total = new TotalMinimum("acme-rn/total", Handbook, CreditAmount.FromDecimal(12.5m));
        Assert.Equal("acme-rn/total", total.ToString());
    }

    [Fact]
    public void A_confirmed_source_formats_as_its_citation()
    {
        Assert.Equal("Acme Health HR policy 12, 2024", Handbook.ToString());
    }

    [Fact]
    public void An_unconfirmed_source_is_marked_so()
    {
        var source = new RuleSource("A blog post on Acme Health", confirmed: false, note: "Not confirmed by Acme Health.");
        Assert.Equal("A blog post on Acme Health (unconfirmed)", source.ToString());
    }
}
