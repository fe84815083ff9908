using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using FsCheck;
using FsCheck.Fluent;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>
/// Over 200 generated evaluations (every policy of <see cref="AnyPolicyGenerators.Catalog"/>, every state,
/// every decision code the generators reach), everything a person reads is in one language: no English word
/// in the Spanish words and no Spanish word in the English ones. Proper names, ids and quoted text from the
/// documents (“…”) are not words of the language and are left out; findings, whose words are the documents'
/// own, are left out too.
/// </summary>
public sealed partial class OneLanguageTest
{
    /// <summary>Common English words that no Spanish sentence uses.</summary>
    internal static readonly string[] English =
    [
        "the", "and", "of", "to", "by", "for", "with", "until", "from", "after", "before", "within", "still", "need", "needed",
        "credit", "credits", "counted", "count", "counts", "approved", "expired", "expires", "current", "days", "day", "hours",
        "minutes", "year", "years", "months", "month", "toward", "category", "exam", "apply", "fee", "last", "today",
        "source", "body", "secondary", "undated", "policy", "force", "in-progress", "not", "you", "your", "is", "are",
    ];

    /// <summary>Common Spanish words that no English sentence uses.</summary>
    internal static readonly string[] Spanish =
    [
        "el", "la", "los", "las", "del", "que", "para", "con", "por", "hasta", "según", "créditos", "crédito", "faltan", "falta",
        "vence", "venció", "vigente", "días", "años", "meses", "categoría", "examen", "cuota", "hoy", "usted", "le", "se", "una", "uno",
    ];

    [Fact]
    public void Spanish_words_have_no_English_word()
    {
        var leaks = Leaks(Explainer.Spanish, English);
        Assert.True(leaks.Count == 0, "English in the Spanish words:\n" + string.Join("\n", leaks.Take(30)));
    }

    [Fact]
    public void English_words_have_no_Spanish_word()
    {
        var leaks = Leaks(Explainer.English, Spanish);
        Assert.True(leaks.Count == 0, "Spanish in the English words:\n" + string.Join("\n", leaks.Take(30)));
    }

    [Theory]
    [InlineData(Policies.SourceAuthority.Body)]
    [InlineData(Policies.SourceAuthority.Mirror)]
    [InlineData(Policies.SourceAuthority.Secondary)]
    public void Authority_words_are_translated(Policies.SourceAuthority authority)
    {
        Assert.Empty(Foreign(Explainer.Spanish.AuthorityName(authority), English));
        Assert.Empty(Foreign(Explainer.English.AuthorityName(authority), Spanish));
        Assert.NotEqual(Explainer.English.AuthorityName(authority), Explainer.Spanish.AuthorityName(authority));
    }

    [Fact]
    public void The_check_finds_a_word_of_the_other_language()
    {
        Assert.NotEmpty(Foreign("Le faltan 2 credits en total.", English));
        Assert.Empty(Foreign("Le faltan 2 créditos de la NHA (“the course”) en total.", English));
    }

    private static List<string> Leaks(Explainer words, string[] foreign)
    {
        var evaluator = new CertificationEvaluator(AnyPolicyGenerators.Catalog);
        var scenarios = AnyPolicyGenerators.ScenarioGen(maxActivities: 12).Sample(40, new Rnd(20261207UL, 31UL), 200);
        var leaks = new List<string>();
        foreach (var scenario in scenarios)
        {
            var evaluation = evaluator.Evaluate(scenario.Certification, scenario.Transcript, scenario.AsOf);
            foreach (var sentence in Sentences(words, evaluation))
            {
                var found = Foreign(sentence, foreign);
                if (found.Count > 0)
                {
                    leaks.Add($"{evaluation.Policy.PolicyId}: [{string.Join(", ", found)}] {sentence}");
                }
            }
        }
        return leaks.Distinct(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Sentences(Explainer words, CertificationEvaluation evaluation)
    {
        var policy = evaluation.Policy;
        yield return words.Headline(evaluation);
        yield return words.StatusName(evaluation.Status);
        yield return words.StatusBadge(evaluation);
        yield return words.CreditThatCounts(evaluation.Window);
        yield return words.NextStep(evaluation);
        yield return words.NextStepBrief(evaluation);
        yield return words.StillNeeded(evaluation);
        foreach (var item in words.PlanItems(evaluation))
        {
            yield return item;
        }
        foreach (var route in evaluation.Routes)
        {
            yield return words.RouteLine(route, evaluation);
        }
        if (evaluation.Exam is { } exam)
        {
            yield return words.ExamStanding(exam);
        }
        foreach (var requirement in evaluation.Requirements)
        {
            yield return words.RequirementName(requirement, policy);
            yield return words.RequirementTarget(requirement, policy);
            yield return words.RequirementProgress(requirement, policy);
            yield return words.RequirementResult(requirement, evaluation);
        }
        foreach (var deadline in evaluation.Deadlines)
        {
            yield return words.Deadline(deadline);
        }
        foreach (var fee in evaluation.Fees)
        {
            yield return words.Fee(fee, evaluation);
        }
        foreach (var note in evaluation.Notes)
        {
            yield return words.Note(note);
        }
        foreach (var activity in evaluation.Activities)
        {
            yield return words.Outcome(activity);
            foreach (var line in words.ActivityLines(activity, evaluation))
            {
                yield return line;
            }
        }
    }

    /// <summary>The foreign words in a sentence, once quoted text, parenthesized ids and acronyms are taken out.</summary>
    internal static List<string> Foreign(string sentence, string[] foreign)
    {
        string plain = Quoted().Replace(sentence, " ");
        return Word().Matches(plain).Select(m => m.Value)
            .Where(w => foreign.Contains(w, StringComparer.OrdinalIgnoreCase) && !w.Equals(w.ToUpperInvariant(), StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    [GeneratedRegex("“[^”]*”|\"[^\"]*\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"[\p{L}][\p{L}-]*")]
    private static partial Regex Word();
}
