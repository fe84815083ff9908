using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Model;
using CeuRules.Recommendations;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>
/// The words of course recommendations come from the one explanation layer: every code of
/// <see cref="RecommendationCodes"/> has a label, and every reason a sentence, in English and Spanish,
/// with no English word left in the Spanish and no id in either.
/// </summary>
public sealed class RecommendationWordsTest
{
    private static readonly ResourceManager Manager = new("CeuRules.Explanations.Explanations", typeof(Explainer).Assembly);

    private static readonly Credit Points = new(CreditAmount.FromDecimal(7.5m), CreditUnit.AamaPoint);

    /// <summary>A reason for every reason code, with the typed arguments the recommender gives it.</summary>
    internal static readonly Dictionary<string, RecommendationReason> Reasons = new(StringComparer.Ordinal)
    {
        [RecommendationCodes.AlreadyTaken] = Reason(RecommendationCodes.AlreadyTaken, ("activity", "c-101")),
        [RecommendationCodes.RefusedByBody] = Reason(RecommendationCodes.RefusedByBody, ("credential", Credential.NcctNcma), ("decision", "kind-not-accepted")),
        [RecommendationCodes.NoYieldForCredential] = Reason(RecommendationCodes.NoYieldForCredential),
        [RecommendationCodes.NotApprovedCapReached] = Reason(RecommendationCodes.NotApprovedCapReached, ("credential", Credential.AamaCma), ("limit", new Credit(CreditAmount.FromUnits(30), CreditUnit.AamaPoint))),
        [RecommendationCodes.NotNeeded] = Reason(RecommendationCodes.NotNeeded),
        [RecommendationCodes.NotOptimal] = Reason(RecommendationCodes.NotOptimal, ("objective", "time")),
        [RecommendationCodes.NoPrice] = Reason(RecommendationCodes.NoPrice),
        [RecommendationCodes.Lapsed] = Reason(RecommendationCodes.Lapsed, ("credential", Credential.AamaCma), ("lastCeDay", new LocalDate(2026, 2, 28))),
        [RecommendationCodes.Ineligible] = Reason(RecommendationCodes.Ineligible, ("credential", Credential.NhaCcma)),
        [RecommendationCodes.OutsideWindow] = Reason(RecommendationCodes.OutsideWindow, ("credential", Credential.AmtRma), ("start", new LocalDate(2023, 1, 1)), ("end", new LocalDate(2025, 12, 31))),
        [RecommendationCodes.CategoryNotSupplied] = Reason(RecommendationCodes.CategoryNotSupplied, ("category", Category.Administrative), ("shortfall", Points)),
        [RecommendationCodes.ApprovedNotSupplied] = Reason(RecommendationCodes.ApprovedNotSupplied, ("shortfall", Points)),
        [RecommendationCodes.TotalNotSupplied] = Reason(RecommendationCodes.TotalNotSupplied, ("shortfall", Points)),
        [RecommendationCodes.NonApprovedCapReached] = Reason(RecommendationCodes.NonApprovedCapReached, ("shortfall", Points), ("limit", new Credit(CreditAmount.FromUnits(30), CreditUnit.AamaPoint))),
        [RecommendationCodes.DuplicateOfTranscript] = Reason(RecommendationCodes.DuplicateOfTranscript, ("credential", Credential.AamaCma), ("activity", "c-101")),
        [RecommendationCodes.DuplicateOfCourse] = Reason(RecommendationCodes.DuplicateOfCourse, ("credential", Credential.NhaCcma), ("vendor", "Vendor"), ("course", "c-101")),
        [RecommendationCodes.RecurringCounted] = Reason(RecommendationCodes.RecurringCounted, ("credential", Credential.NcctNcma), ("activity", "c-101"), ("chosen", false),
            ("repeatedOn", new LocalDate(2025, 11, 1)), ("countsOncePer", Period.FromYears(5))),
        [RecommendationCodes.AlreadyMet] = Reason(RecommendationCodes.AlreadyMet, ("credential", Credential.AamaCma), ("action", "apply"), ("by", new LocalDate(2027, 3, 9)),
            ("code", "apply-by-expiration")),
        [RecommendationCodes.RouteClosed] = Reason(RecommendationCodes.RouteClosed, ("credential", Credential.AamaCma), ("action", "exam"), ("code", "exam-after-lapse")),
    };

    /// <summary>The codes that name a finding, never a reason (no-price is both).</summary>
    private static readonly ImmutableHashSet<string> FindingCodes =
    [
        RecommendationCodes.NoCatalog, RecommendationCodes.NoCertification, RecommendationCodes.UnknownCredential,
        RecommendationCodes.DuplicateCourse, RecommendationCodes.VerificationFailed, RecommendationCodes.NoPrice,
    ];

    /// <summary>English words that have no place in Spanish text (none of them is also a Spanish word).</summary>
    internal static readonly Regex EnglishWord = new(@"\b(the|and|of|to|not|counts?|points?|credits?|approved|day|with|by|from|only|limit|reached|price|"
        + @"courses?|catalogs?|exam|route|lapsed|missing|still|would|cost|time|fewest|least|lowest|optimal|proven|selection|taken|already|nothing|needed?|"
        + @"window|category|administrative|clinical|toward|earns?|body|remains)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Ids that no sentence names.</summary>
    internal static readonly Regex Id = new(@"aama-cma|ncct-ncma|nha-ccma|amt-rma|aama-point|c-101|kind-not-accepted|category:[a-z]|[a-z]+-[a-z]+-[a-z]+", RegexOptions.CultureInvariant);

    private static RecommendationReason Reason(string code, params (string Name, object Value)[] arguments) =>
        new(code, [.. arguments.Select(a => new DecisionArgument(a.Name, a.Value))]);

    private static IEnumerable<string> Codes() =>
        typeof(RecommendationCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.NotNull(set);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    [Fact]
    public void Every_code_is_a_reason_or_a_finding_and_has_a_label_in_both_languages()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var spanish = Read(CultureInfo.GetCultureInfo("es"));
        var codes = Codes().ToList();
        Assert.True(codes.Count >= 19);
        foreach (string code in codes)
        {
            Assert.True(Reasons.ContainsKey(code) || FindingCodes.Contains(code), $"{code} is neither a reason with a sample here nor a finding.");
            Assert.False(string.IsNullOrWhiteSpace(english.GetValueOrDefault("Recommendation.Label." + code)), $"{code} has no English label.");
            Assert.False(string.IsNullOrWhiteSpace(spanish.GetValueOrDefault("Recommendation.Label." + code)), $"{code} has no Spanish label.");
            Assert.NotEqual(Explainer.English.RecommendationLabel("no-such-code"), Explainer.English.RecommendationLabel(code));
            Assert.NotEqual(Explainer.Spanish.RecommendationLabel("no-such-code"), Explainer.Spanish.RecommendationLabel(code));
            Assert.DoesNotMatch(EnglishWord, Explainer.Spanish.RecommendationLabel(code));
        }
        foreach (string code in Reasons.Keys)
        {
            Assert.True(english.ContainsKey("Recommendation." + code), $"{code} has no English sentence.");
            Assert.True(spanish.ContainsKey("Recommendation." + code), $"{code} has no Spanish sentence.");
        }
    }

    [Fact]
    public void Every_reason_has_a_plain_sentence_in_both_languages_without_ids_or_English_in_the_Spanish()
    {
        foreach (var (code, reason) in Reasons)
        {
            string english = Explainer.English.Reason(reason);
            string spanish = Explainer.Spanish.Reason(reason);
            Assert.NotEqual(Explainer.English.Reason(Reason("no-such-code")), english);
            Assert.NotEqual(Explainer.Spanish.Reason(Reason("no-such-code")), spanish);
            Assert.NotEqual(english, spanish);
            Assert.True(!char.IsLower(english[0]) && !char.IsLower(spanish[0]), $"{code}: '{english}' / '{spanish}' start in lower case.");
            Assert.False(Id.IsMatch(english), $"'{english}' names an id.");
            Assert.False(Id.IsMatch(spanish), $"'{spanish}' names an id.");
            var word = EnglishWord.Match(spanish);
            Assert.False(word.Success, $"The Spanish '{spanish}' has the English word '{word.Value}'.");
            Assert.DoesNotContain("{", english, StringComparison.Ordinal);
            Assert.Equal(english, reason.Describe(CultureInfo.GetCultureInfo("en-US")));
            Assert.Equal(spanish, reason.Describe(CultureInfo.GetCultureInfo("es-US")));
        }
    }

    [Fact]
    public void Sentences_name_amounts_dates_categories_and_bodies_in_the_readers_words()
    {
        Assert.Equal("The catalogs offer too little credit in the administrative category: 7.5 AAMA points would still be missing.",
            Explainer.English.Reason(Reasons[RecommendationCodes.CategoryNotSupplied]));
        Assert.Equal("Los catálogos ofrecen muy poco crédito en la categoría administrativa: seguirían faltando 7.5 puntos de la AAMA.",
            Explainer.Spanish.Reason(Reasons[RecommendationCodes.CategoryNotSupplied]));
        Assert.Equal("The NCCT does not accept this course's credit for the NCMA.", Explainer.English.Reason(Reasons[RecommendationCodes.RefusedByBody]));
        Assert.Equal("El NCCT no acepta el crédito de este curso para la NCMA.", Explainer.Spanish.Reason(Reasons[RecommendationCodes.RefusedByBody]));
        Assert.Equal("The last day to earn CE for the CMA was 28 February 2026; only the exam route remains.", Explainer.English.Reason(Reasons[RecommendationCodes.Lapsed]));
        Assert.Equal("A selection with this course is no better: the chosen courses give the least time.", Explainer.English.Reason(Reasons[RecommendationCodes.NotOptimal]));
        Assert.Equal("This course was set aside for a reason the details name.", Explainer.English.Reason(Reason("no-such-code")));
    }

    [Fact]
    public void Objectives_and_solve_statuses_have_words_in_both_languages()
    {
        foreach (var explainer in new[] { Explainer.English, Explainer.Spanish })
        {
            var objectives = Enum.GetValues<RecommendationObjective>().Select(explainer.ObjectiveName).ToList();
            Assert.Equal(objectives.Count, objectives.Distinct().Count());
            var statuses = Enum.GetValues<RecommendationSolveStatus>().Select(s => (explainer.SolveStatusName(s), explainer.SolveStatus(s))).ToList();
            Assert.Equal(statuses.Count, statuses.Distinct().Count());
            if (explainer == Explainer.Spanish)
            {
                Assert.All(objectives.Concat(statuses.SelectMany(s => new[] { s.Item1, s.Item2 })), text => Assert.DoesNotMatch(EnglishWord, text));
            }
        }
        Assert.Equal("the lowest cost", Explainer.English.ObjectiveName(RecommendationObjective.Cost));
        Assert.Equal("el menor tiempo", Explainer.Spanish.ObjectiveName(RecommendationObjective.Time));
        Assert.Throws<ArgumentOutOfRangeException>(() => Explainer.English.ObjectiveName((RecommendationObjective)9));
        Assert.Throws<ArgumentOutOfRangeException>(() => Explainer.English.SolveStatusName((RecommendationSolveStatus)9));
        Assert.Throws<ArgumentNullException>(() => Explainer.English.Reason((RecommendationReason)null!));
    }

    [Fact]
    public void The_result_types_check_their_arguments_early()
    {
        Assert.Throws<ArgumentNullException>(() => new RecommendationReason(null!, []));
        Assert.Throws<ArgumentException>(() => new RecommendationReason(" ", []));
        Assert.Throws<ArgumentException>(() => new RecommendationReason("no-price", default));
        Assert.Throws<ArgumentNullException>(() => new CourseAlternative("v", "c", "t", null, null, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CourseAlternative("v", "c", "t", null, -1, Reasons[RecommendationCodes.NoPrice]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RecommendedCourse("v", "c", "t", LearningActivityKind.Course, null, -5, []));
        Assert.Throws<ArgumentException>(() => new RecommendedCourse("v", "c", "t", LearningActivityKind.Course, null, 60, default));
        Assert.Throws<ArgumentNullException>(() => new UncoveredRequirement("total", CreditAmount.Zero, CreditUnit.AamaPoint, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recommendation(new LocalDate(2026, 1, 1), (RecommendationObjective)7, RecommendationSolveStatus.Optimal, [], Money.Zero, 0, [], [], []));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Recommendation(new LocalDate(2026, 1, 1), RecommendationObjective.Cost, RecommendationSolveStatus.Optimal, [], Money.Zero, -1, [], [], []));
        var empty = new Recommendation(new LocalDate(2026, 1, 1), RecommendationObjective.Time, RecommendationSolveStatus.NothingNeeded, [], Money.Zero, 0, [], [], []);
        Assert.True(empty.IsOptimal);
        Assert.Equal("Courses to take as of 1 January 2026, for the least time", Explainer.English.RecommendationTitle(empty));
    }
}
