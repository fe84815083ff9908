using System;
using System.Collections.Generic;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>
/// The sentences every report writes around a certification's decisions (the badge, the credit that counts, no
/// deadline ahead, parts left out) come from the words layer, in both languages, read from the evaluation only.
/// </summary>
public sealed class OutlineWordsTest
{
    public static TheoryData<string> Languages => new() { "en", "es" };

    private static Explainer Words(string language) => language == "es" ? Explainer.Spanish : Explainer.English;

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_badge_is_the_status_name_unless_the_credential_has_expired_and_the_routes_say_more(string language)
    {
        var words = Words(language);
        var evaluator = new CertificationEvaluator(AnyPolicyGenerators.Catalog);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scenario in AnyPolicyGenerators.ScenarioGen(maxActivities: 10).Sample(40, new Rnd(20261207UL, 7UL), 300))
        {
            var evaluation = evaluator.Evaluate(scenario.Certification, scenario.Transcript, scenario.AsOf);
            string badge = words.StatusBadge(evaluation);
            bool expired = evaluation.AsOf > evaluation.ExpiresOn;
            bool saysMore = evaluation.Status switch
            {
                CertificationStatus.RequirementsMet => expired,
                CertificationStatus.WithinCeTimeLimit => evaluation.NextStep.Action is NextAction.Reactivate or NextAction.Exam,
                _ => false,
            };
            if (saysMore)
            {
                Assert.NotEqual(words.StatusName(evaluation.Status), badge);
                seen.Add(evaluation.Status + "/" + evaluation.NextStep.Action);
            }
            else
            {
                Assert.Equal(words.StatusName(evaluation.Status), badge);
            }
        }
        Assert.NotEmpty(seen);
    }

    [Theory]
    [InlineData("en", "Credit completed from 10 February 2021 to 28 February 2026 counts.")]
    [InlineData("es", "Cuentan los créditos obtenidos del 10 de febrero de 2021 al 28 de febrero de 2026.")]
    public void The_credit_that_counts_names_both_ends_of_the_window(string language, string expected) =>
        Assert.Equal(expected, Words(language).CreditThatCounts(new DateInterval(new LocalDate(2021, 2, 10), new LocalDate(2026, 2, 28))));

    [Theory]
    [InlineData("en", 1, "Could change: 1 activity was left out because of errors, and it might count once corrected.")]
    [InlineData("en", 2, "Could change: 2 activities were left out because of errors, and any of them might count once corrected.")]
    [InlineData("es", 1, "Podría cambiar: se omitió 1 actividad por errores, y podría contar una vez corregida.")]
    [InlineData("es", 2, "Podría cambiar: se omitieron 2 actividades por errores, y cualquiera de ellas podría contar una vez corregida.")]
    public void Could_change_agrees_with_the_number_of_activities(string language, int activities, string expected) =>
        Assert.Equal(expected, Words(language).CouldChange(activities));

    [Fact]
    public void Could_change_needs_an_activity_left_out()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Explainer.English.CouldChange(0));
        Assert.Equal("activitiesLeftOut", thrown.ParamName);
        Assert.Throws<ArgumentException>(() => global::CeuRules.Json.Completeness.Qualification([]));
    }

    [Fact]
    public void The_JSON_qualification_is_the_English_words()
    {
        var leftOut = new[]
        {
            new Finding(global::CeuRules.Json.Completeness.ActivityLeftOut, FindingSeverity.Error, "activities[1]", "Activity 2 was left out."),
            new Finding(global::CeuRules.Json.Completeness.ActivityLeftOut, FindingSeverity.Error, "activities[4]", "Activity 5 was left out."),
            new Finding(global::CeuRules.Json.Completeness.CertificationLeftOut, FindingSeverity.Error, "certifications[1]", "Certification 2 was left out."),
        };
        Assert.Equal(Explainer.English.CouldChange(2), global::CeuRules.Json.Completeness.Qualification(leftOut));
    }

    [Theory]
    [InlineData("en", "Incomplete: 2 parts of the document were left out (activity 2, activity 5); the results below were computed without them.")]
    [InlineData("es", "Incompleto: se omitieron 2 partes del documento (la actividad 2, la actividad 5); los resultados a continuación se calcularon sin ellas.")]
    public void Parts_left_out_are_named_in_words(string language, string expected)
    {
        var leftOut = new[]
        {
            new Finding(global::CeuRules.Json.Completeness.ActivityLeftOut, FindingSeverity.Error, "activities[1]", "Activity 2 was left out."),
            new Finding(global::CeuRules.Json.Completeness.ActivityLeftOut, FindingSeverity.Error, "activities[4]", "Activity 5 was left out."),
        };
        Assert.Equal(expected, Words(language).PartsLeftOut(leftOut));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void No_deadline_ahead_is_one_sentence(string language)
    {
        string sentence = Words(language).NoDeadlineAhead();
        Assert.EndsWith(".", sentence, StringComparison.Ordinal);
        Assert.NotEqual(Explainer.English.NoDeadlineAhead(), language == "es" ? sentence : Explainer.Spanish.NoDeadlineAhead());
    }
}
