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
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Explanations;

/// <summary>The resources behind the words: every key in both languages, with the same placeholders.</summary>
public sealed class ExplanationResourcesTest
{
    private static readonly ResourceManager Manager = new("CeuRules.Explanations.Explanations", typeof(Explainer).Assembly);

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        Assert.NotNull(set);
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static string Placeholders(string text) =>
        string.Join(",", Regex.Matches(text, @"\{(\d+)[^}]*\}").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal));

    [Fact]
    public void Every_key_exists_in_English_and_Spanish_with_the_same_placeholders()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var spanish = Read(CultureInfo.GetCultureInfo("es"));
        Assert.True(english.Count > 100, "The neutral resources were not found.");
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), spanish.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(spanish[key]), key);
            Assert.True(Placeholders(text) == Placeholders(spanish[key]), $"{key}: '{text}' and '{spanish[key]}' differ in their placeholders.");
        }
    }

    [Fact]
    public void Spanish_is_read_from_the_satellite_assembly_with_the_passed_culture()
    {
        Assert.Equal("hoy", Manager.GetString("Days.Today", CultureInfo.GetCultureInfo("es-US")));
        Assert.Equal("today", Manager.GetString("Days.Today", CultureInfo.GetCultureInfo("fr-FR")));
    }
}

/// <summary>Every decision code, in both languages: a label and a sentence of its own.</summary>
public sealed class ExplainerDecisionCodesTest
{
    private static readonly LocalDate Day = new(2025, 3, 14);
    private static readonly Credit Points = new(CreditAmount.FromUnits(4), CreditUnit.AamaPoint);

    private static readonly ImmutableHashSet<string> NoteCodes =
    [
        DecisionCodes.CardLinesUnused, DecisionCodes.ConvertedFromDuration, DecisionCodes.ConvertedFromUnit,
        DecisionCodes.OtherUnits, DecisionCodes.UntitledRecurring,
    ];

    private static readonly Dictionary<string, ImmutableArray<DecisionArgument>> Arguments = new(StringComparer.Ordinal)
    {
        [DecisionCodes.AfterAsOf] = Args(("completedOn", Day), ("asOf", Day.PlusDays(-1))),
        [DecisionCodes.OutsideWindow] = Args(("completedOn", Day), ("windowStart", Day.PlusDays(1)), ("windowEnd", Day.PlusYears(5))),
        [DecisionCodes.DuplicateId] = Args(("activityId", "ekg-2024")),
        [DecisionCodes.DuplicateContent] = Args(("duplicateOf", "ekg-2024")),
        [DecisionCodes.KindNotAccepted] = Args(("kind", LearningActivityKind.CprCard)),
        [DecisionCodes.CprCardValidity] = Args(("validMonths", 12), ("requiredValidMonths", 24), ("creditPerCard", Points)),
        [DecisionCodes.CprOverCap] = Args(("maxCards", 3), ("limit", new Credit(CreditAmount.FromUnits(12), CreditUnit.AamaPoint))),
        [DecisionCodes.UnknownUnit] = Args(("statedUnits", ImmutableArray.Create("nha-credit"))),
        [DecisionCodes.AfterCutoff] = Args(("completedOn", Day), ("lastDay", Day.PlusDays(-1)), ("kind", LearningActivityKind.Employment)),
        [DecisionCodes.RecurringRepeat] = Args(("repeatedActivityId", "hipaa-2022"), ("repeatedOn", Day.PlusYears(-1)), ("countsOncePer", Period.FromYears(5))),
        [DecisionCodes.SelfStudyNoPurchaseDate] = Args(("completeWithin", Period.FromMonths(12))),
        [DecisionCodes.SelfStudyLate] = Args(("completedOn", Day), ("lastDay", Day.PlusDays(-1)), ("purchasedOn", Day.PlusYears(-1)), ("completeWithin", Period.FromMonths(12))),
        [DecisionCodes.UnknownCategory] = Args(("category", new Category("safety"))),
        [DecisionCodes.NoCategory] = Args(),
        [DecisionCodes.TimeLimit] = Args(("minutes", 30m), ("minutesPerUnit", 60), ("supported", new Credit(CreditAmount.FromHundredths(50), CreditUnit.AamaPoint)), ("claimed", Points)),
        [DecisionCodes.NoDuration] = Args(("minimumMinutes", 50)),
        [DecisionCodes.TooShort] = Args(("minutes", 30m), ("minimumMinutes", 50)),
        [DecisionCodes.DurationLimit] = Args(("minutes", 75m), ("minutesPerUnit", 50), ("supported", new Credit(CreditAmount.FromHundredths(150), CreditUnit.AamaPoint)), ("claimed", Points), ("impliedByUnits", false)),
        [DecisionCodes.NonApprovedOverCap] = Args(("limit", new Credit(CreditAmount.FromUnits(30), CreditUnit.AamaPoint))),
        [DecisionCodes.CardLinesUnused] = Args(("creditPerCard", Points)),
        [DecisionCodes.ConvertedFromDuration] = Args(("minutes", 90m), ("minutesPerUnit", 120), ("credit", new Credit(CreditAmount.FromHundredths(75), CreditUnit.AamaPoint))),
        [DecisionCodes.ConvertedFromUnit] = Args(("from", CreditUnit.CollegeCredit), ("factor", 15m)),
        [DecisionCodes.OtherUnits] = Args(("count", 2)),
        [DecisionCodes.UntitledRecurring] = Args(),
    };

    private static ImmutableArray<DecisionArgument> Args(params (string Name, object Value)[] arguments) =>
        [.. arguments.Select(a => new DecisionArgument(a.Name, a.Value))];

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(DecisionCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral))
        {
            data.Add((string)field.GetRawConstantValue()!);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_decision_code_has_a_label_and_a_sentence_of_its_own_in_both_languages(string code)
    {
        Assert.True(Arguments.ContainsKey(code), $"The test has no arguments for the code '{code}'.");
        var policy = AamaCma.From2020;
        foreach (var explainer in new[] { Explainer.English, Explainer.Spanish })
        {
            string label, sentence, fallbackLabel, fallbackSentence;
            if (NoteCodes.Contains(code))
            {
                var note = new ActivityNote(code, "rule/x", RuleSource.CeuRules, Arguments[code], policy);
                var unknown = new ActivityNote("no-such-code", "rule/x", RuleSource.CeuRules, [], policy);
                (label, sentence) = (explainer.NoteLabel(note), explainer.Note(note));
                (fallbackLabel, fallbackSentence) = (explainer.NoteLabel(unknown), explainer.Note(unknown));
            }
            else
            {
                var credit = new NotCountedCredit(CreditAmount.FromUnits(2), NotCountedReason.NeedsReview, code, "rule/x", RuleSource.CeuRules, Arguments[code], policy);
                var unknown = new NotCountedCredit(CreditAmount.FromUnits(2), NotCountedReason.NeedsReview, "no-such-code", "rule/x", RuleSource.CeuRules, [], policy);
                (label, sentence) = (explainer.ReasonLabel(credit), explainer.Reason(credit));
                (fallbackLabel, fallbackSentence) = (explainer.ReasonLabel(unknown), explainer.Reason(unknown));
                Assert.DoesNotContain("{", explainer.NotCounted(credit), StringComparison.Ordinal);
            }
            Assert.False(string.IsNullOrWhiteSpace(label));
            Assert.False(string.IsNullOrWhiteSpace(sentence));
            Assert.NotEqual(fallbackSentence, sentence);
            Assert.NotEqual(fallbackLabel, label);
            Assert.DoesNotContain("{", label + sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("}", label + sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("rule/x", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("ekg-2024", sentence, StringComparison.Ordinal);
            Assert.DoesNotContain("hipaa-2022", sentence, StringComparison.Ordinal);
            Assert.True(char.IsUpper(sentence[0]) || char.IsDigit(sentence[0]), sentence);
        }
    }
}

/// <summary>Dates, amounts and units as a reader of each language writes them, and the choice of language by culture.</summary>
public sealed class ExplainerFormattingTest
{
    private static readonly LocalDate Date = new(2026, 2, 28);

    [Fact]
    public void Dates_are_written_in_words_in_each_language()
    {
        Assert.Equal("28 February 2026", Explainer.English.Date(Date));
        Assert.Equal("28 de febrero de 2026", Explainer.Spanish.Date(Date));
        Assert.Equal("1 de enero de 2027", Explainer.Spanish.Date(new LocalDate(2027, 1, 1)));
    }

    [Fact]
    public void Amounts_carry_the_unit_in_the_reader_s_language_with_plurals()
    {
        var aama = AamaCma.From2020;
        var nha = NhaCcma.Current;
        Assert.Equal("2 AAMA points", Explainer.English.Amount(CreditAmount.FromUnits(2), aama));
        Assert.Equal("1 AAMA point", Explainer.English.Amount(CreditAmount.FromUnits(1), aama));
        Assert.Equal("2 puntos de la AAMA", Explainer.Spanish.Amount(CreditAmount.FromUnits(2), aama));
        Assert.Equal("1 punto de la AAMA", Explainer.Spanish.Amount(CreditAmount.FromUnits(1), aama));
        Assert.Equal("2.5 créditos de la NHA", Explainer.Spanish.Amount(CreditAmount.FromHundredths(250), nha));
        Assert.Equal("2.5 créditos de la NHA", Explainer.For(CultureInfo.GetCultureInfo("es-ES")).Amount(CreditAmount.FromHundredths(250), nha));
        Assert.Equal("3 horas de contacto", Explainer.Spanish.Amount(new Credit(CreditAmount.FromUnits(3), CreditUnit.ContactHour), nha));
    }

    [Fact]
    public void A_need_is_rounded_up_so_that_it_is_never_less_than_the_exact_need()
    {
        var fiveSixths = CreditAmount.FromFraction(5, 6);
        Assert.Equal("0.84 NHA credits", Explainer.English.Need(fiveSixths, NhaCcma.Current));
        Assert.Equal("0.83 NHA credits", Explainer.English.Amount(fiveSixths, NhaCcma.Current));
    }

    [Fact]
    public void Days_money_and_periods_are_written_in_words()
    {
        Assert.Equal("today", Explainer.English.Days(0));
        Assert.Equal("in 1 day", Explainer.English.Days(1));
        Assert.Equal("hace 12 días", Explainer.Spanish.Days(-12));
        Assert.Equal("$65.00", Explainer.English.Money(Money.FromDollars(65)));
        Assert.Equal("1 año y 6 meses", Explainer.Spanish.Period(Period.FromYears(1) + Period.FromMonths(6)));
    }

    [Fact]
    public void The_culture_chooses_the_language_and_any_other_falls_back_to_English()
    {
        Assert.Same(Explainer.Spanish, Explainer.For(CultureInfo.GetCultureInfo("es-US")));
        Assert.Same(Explainer.English, Explainer.For(CultureInfo.GetCultureInfo("en-US")));
        Assert.Same(Explainer.English, Explainer.For(CultureInfo.GetCultureInfo("fr-FR")));
        Assert.Same(Explainer.English, Explainer.For(CultureInfo.InvariantCulture));
        Assert.Equal("es-MX", Explainer.For(CultureInfo.GetCultureInfo("es-MX")).Culture.Name);
        Assert.Equal("hoy", Explainer.For(CultureInfo.GetCultureInfo("es-MX")).Days(0));
        Assert.Equal(["en-US", "es-US"], Explainer.SupportedCultures.Select(c => c.Name));
        Assert.Throws<ArgumentNullException>(() => Explainer.For(null!));
        Assert.Same(Explainer.Spanish, Explainer.For(CultureInfo.GetCultureInfo("es")));
        Assert.Same(Explainer.English, Explainer.For(CultureInfo.GetCultureInfo("en")));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("es-US")]
    [InlineData("es-ES")]
    [InlineData("es-AR")]
    [InlineData("es-MX")]
    [InlineData("es-419")]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("en-ZA")]
    [InlineData("en-IN")]
    public void Every_culture_writes_amounts_and_money_as_the_United_States_does(string name)
    {
        var words = Explainer.ForName(name);
        Assert.Equal("$65.00", words.Money(Money.FromDollars(65)));
        Assert.Equal("$1,234.50", words.Money(Money.FromCents(123450)));
        Assert.Equal("4.25", words.Number(CreditAmount.FromHundredths(425)));
        Assert.Equal("1234.5", words.Number(CreditAmount.FromHundredths(123450)));
        Assert.StartsWith("4.25 ", words.Amount(CreditAmount.FromHundredths(425), NhaCcma.Current), StringComparison.Ordinal);
        Assert.Contains(" 30.5 ", words.Minutes(90.5m), StringComparison.Ordinal);
        Assert.Equal(name.StartsWith("es", StringComparison.Ordinal) ? "hoy" : "today", words.Days(0));
    }

    [Fact]
    public void The_neutral_languages_mean_the_United_States()
    {
        Assert.Same(Explainer.Spanish, Explainer.ForName("es"));
        Assert.Same(Explainer.Spanish, Explainer.ForName("es-us"));
        Assert.Same(Explainer.English, Explainer.ForName("en"));
        Assert.Equal("es-US", Explainer.Spanish.Culture.Name);
        Assert.Equal("es-MX", Explainer.ForName("es-MX").Culture.Name);
    }

    [Theory]
    [InlineData("es_US")]
    [InlineData("en_US")]
    [InlineData("fr-FR")]
    [InlineData("fr")]
    [InlineData("klingon")]
    [InlineData("es-XX-")]
    [InlineData("")]
    [InlineData(" es")]
    [InlineData("es-US ")]
    [InlineData("zz-ZZ")]
    public void A_culture_that_is_not_English_or_Spanish_or_not_a_tag_is_refused_naming_the_accepted_ones(string name)
    {
        Assert.False(Explainer.TryForName(name, out var none));
        Assert.Null(none);
        var refusal = Assert.Throws<ArgumentException>(() => Explainer.ForName(name));
        Assert.Contains($"'{name}'", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("en-US or es-US", refusal.Message, StringComparison.Ordinal);
        Assert.False(Explainer.TryForName(null, out _));
        Assert.Throws<ArgumentNullException>(() => Explainer.ForName(null!));
    }

    [Fact]
    public void The_current_culture_is_used_only_when_asked_for()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es-US");
            Assert.Same(Explainer.Spanish, Explainer.ForCurrentCulture());
            Assert.Equal("today", Explainer.English.Days(0));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void A_policy_s_own_unit_names_are_used_as_given_and_built_in_names_are_translated()
    {
        var units = NhaCcma.Current.Units;
        var renamed = NhaCcma.Current.Revise("own-names", new LocalDate(2030, 1, 1), null,
            [new UnitRule(units.RuleId, units.Source, units.Unit, units.Conversions) { PluralName = "CE credits", SingularName = "CE credit", FromDuration = units.FromDuration }]);
        Assert.Equal("2 CE credits", Explainer.Spanish.Amount(CreditAmount.FromUnits(2), renamed));
        Assert.Equal("1 CE credit", Explainer.Spanish.Amount(CreditAmount.FromUnits(1), renamed));
        // A custom policy counting in a built-in unit under its built-in name is translated.
        var clinic = TestPolicies.Custom.First();
        Assert.Equal("contact hours", clinic.Units.PluralName);
        Assert.Equal("2 horas de contacto", Explainer.Spanish.Amount(CreditAmount.FromUnits(2), clinic));
    }

    [Fact]
    public void Labels_for_kinds_membership_and_severity()
    {
        Assert.Equal("CPR card", Explainer.English.KindLabel(LearningActivityKind.CprCard));
        Assert.Equal("curso", Explainer.Spanish.KindLabel(LearningActivityKind.Course));
        Assert.Equal("webinar", Explainer.Spanish.KindLabel(new LearningActivityKind("webinar")));
        Assert.Equal("4 horas", Explainer.Spanish.Minutes(240));
        Assert.Equal("1 hora y 30 minutos", Explainer.Spanish.Minutes(90));
        Assert.Equal("45 minutos", Explainer.Spanish.Minutes(45));
        Assert.Equal("2 hours and 1 minute", Explainer.English.Minutes(121));
        var ncma = new Certification(Credential.NcctNcma, new LocalDate(2024, 1, 1)) { IsMember = true };
        Assert.Equal("miembro del NCCT", Explainer.Spanish.Membership(ncma));
        Assert.Equal("not a member of the AAMA", Explainer.English.Membership(new Certification(Credential.AamaCma, new LocalDate(2024, 1, 1))));
        Assert.Equal("Advertencia", Explainer.Spanish.SeverityName(FindingSeverity.Warning));
    }

    [Fact]
    public void Unconfirmed_rules_say_so_plainly()
    {
        var unconfirmed = new RuleSource("an overview", confirmed: false);
        Assert.Equal("not yet confirmed by the AMT", Explainer.English.Unconfirmed(unconfirmed, CertifyingBody.Amt));
        Assert.Equal("aún no confirmado por el NCCT", Explainer.Spanish.Unconfirmed(unconfirmed, CertifyingBody.Ncct));
        Assert.Null(Explainer.English.Unconfirmed(new RuleSource("the body's page"), CertifyingBody.Amt));
    }
}

/// <summary>A CPR card under a body without a rule for CPR cards: refused as a kind the body does not count, in plain words.</summary>
public sealed class CprCardWithoutRuleTest
{
    [Theory]
    [InlineData("nha-ccma", "The NHA does not count CPR cards.", "La NHA no cuenta las tarjetas de RCP (CPR).")]
    [InlineData("amt-rma", "The AMT does not count CPR cards.", "La AMT no cuenta las tarjetas de RCP (CPR).")]
    public void A_CPR_card_is_not_counted_by_a_body_without_a_CPR_rule(string credentialId, string english, string spanish)
    {
        var credential = PolicyCatalog.BuiltIn.Credentials.Single(c => c.Id == credentialId);
        var certifiedOn = new LocalDate(2024, 3, 1);
        var card = new LearningActivity("cpr-2024", LearningActivityKind.CprCard, new LocalDate(2024, 6, 1)) { ValidMonths = 24 };
        var result = new CertificationEvaluator(PolicyCatalog.BuiltIn).Evaluate(new Certification(credential, certifiedOn), new Transcript([card]), new LocalDate(2024, 9, 1));
        var refused = Assert.Single(Assert.Single(result.Activities).NotCounted);
        Assert.Equal(DecisionCodes.KindNotAccepted, refused.Code);
        Assert.Equal(NotCountedReason.NotAccepted, refused.Reason);
        Assert.Equal("ceurules/cpr-card", refused.RuleId);
        Assert.Equal(english, Explainer.English.Reason(refused));
        Assert.Equal(spanish, Explainer.Spanish.Reason(refused));
        Assert.Equal(english, refused.Message);
        Assert.Equal($"Not counted by the {credential.Body.Acronym}", Explainer.English.ReasonLabel(refused));
    }
}

/// <summary>
/// Generated evaluations of every built-in policy, rendered in full in both languages: no English word
/// in the Spanish text, and no rule id, policy id or activity id in any plain sentence.
/// </summary>
public sealed class PlainWordsTest
{
    /// <summary>English words that have no place in Spanish text (none of them is also a Spanish word).</summary>
    internal static readonly string[] EnglishWords =
    [
        "the", "and", "of", "to", "not", "count", "counted", "counts", "point", "points", "credit", "credits", "hour", "hours",
        "activity", "activities", "approved", "day", "days", "expired", "current", "until", "still", "need", "needed", "you",
        "your", "category", "fee", "fees", "exam", "cap", "over", "unit", "units", "policy", "cycle", "window", "with", "by",
        "from", "after", "before", "month", "months", "year", "years", "minute", "minutes", "which", "left", "line", "lines",
        "in", "on", "at", "is", "are", "must", "only", "card", "cards", "training", "requirement", "requirements", "met",
        "limit", "reached", "review", "someone", "member", "price", "lapsed", "recertify", "recertification", "route", "apply",
        "deadline", "due", "annual", "renewal", "short", "more", "than", "most", "least", "confirmed", "unconfirmed", "source",
        "secondary", "unknown", "other", "today", "ago", "none", "every", "within", "late", "missing", "duration", "title",
        "repeated", "listed", "twice", "same", "kind", "clinical", "administrative", "contact", "clock", "college", "course",
        "courses", "note", "reactivation", "expiration", "last", "pass", "passed", "failed", "attempts", "left",
    ];

    private static readonly Regex Quoted = new("“[^”]*”", RegexOptions.CultureInvariant);

    private static IEnumerable<CertificationEvaluation> Evaluations()
    {
        return OnBuiltInPolicies(AnyPolicyGenerators.ScenarioGen(maxActivities: 14).Sample(400, new Rnd(20261130UL, 1717UL), 40));
    }

    /// <summary>The scenarios evaluated under the built-in policies, each scenario's credential replaced by one of them in turn.</summary>
    internal static IEnumerable<CertificationEvaluation> OnBuiltInPolicies(IEnumerable<Scenario> scenarios)
    {
        var builtIn = PolicyCatalog.BuiltIn.Credentials.ToArray();
        var evaluator = new CertificationEvaluator(PolicyCatalog.BuiltIn);
        return scenarios.Select((s, i) =>
        {
            var c = s.Certification;
            var certification = new Certification(builtIn[i % builtIn.Length], c.CertifiedOn) { IsMember = c.IsMember, ExamAttempts = c.ExamAttempts };
            return evaluator.Evaluate(certification, s.Transcript, s.AsOf);
        });
    }

    internal static List<string> Render(Explainer x, CertificationEvaluation e)
    {
        var policy = e.Policy;
        var text = new List<string>
        {
            x.StatusName(e.Status), x.Headline(e), x.StatusExplanation(e), x.StillNeeded(e), x.NextStep(e), x.NextStepBrief(e), x.Date(e.AsOf),
        };
        text.AddRange(x.PlanItems(e));
        if (e.Exam is { } exam)
        {
            text.Add(x.ExamStanding(exam));
        }
        foreach (var requirement in e.Requirements)
        {
            text.AddRange([x.RequirementName(requirement, policy), x.RequirementTarget(requirement, policy), x.RequirementProgress(requirement, policy), x.RequirementResult(requirement, e)]);
        }
        text.AddRange(Explainer.DeadlinesByRoute(e).Select(x.Deadline));
        text.AddRange(e.Routes.Select(r => x.RouteLine(r, e)));
        text.Add(x.Membership(e.Certification));
        text.AddRange(e.Findings.Select(f => x.SeverityName(f.Severity)));
        text.Add(x.NoFee());
        foreach (var fee in e.Fees)
        {
            text.Add(x.Fee(fee, e));
            text.Add(x.Unconfirmed(fee.Rule.Source, e.Credential.Body) ?? string.Empty);
        }
        text.AddRange(e.Notes.Select(x.Note));
        text.AddRange(e.Findings.Select(x.Finding));
        foreach (var activity in e.Activities)
        {
            text.AddRange(x.ActivityLines(activity, e));
            text.Add(x.Outcome(activity));
            text.AddRange(activity.NotCounted.Select(x.ReasonLabel));
            text.AddRange(activity.Notes.Select(x.NoteLabel));
        }
        return text;
    }

    private static IEnumerable<string> Ids(CertificationEvaluation e)
    {
        yield return e.Policy.PolicyId;
        yield return "ceurules/";
        yield return e.StatusRule.RuleId;
        yield return e.WindowRule.RuleId;
        foreach (var r in e.Requirements)
        {
            yield return r.Rule.RuleId;
        }
        foreach (var d in e.Deadlines)
        {
            yield return d.Rule.RuleId;
        }
        foreach (var f in e.Fees)
        {
            yield return f.Rule.RuleId;
        }
        foreach (var a in e.Activities)
        {
            foreach (var n in a.NotCounted)
            {
                yield return n.RuleId;
            }
            foreach (var n in a.Notes)
            {
                yield return n.RuleId;
            }
        }
    }

    [Fact]
    public void No_English_word_is_left_in_Spanish_and_no_id_in_either_language()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var wordPattern = new Regex(@"\b(" + string.Join("|", EnglishWords) + @")\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        int count = 0;
        foreach (var e in Evaluations())
        {
            count++;
            codes.UnionWith(e.Activities.SelectMany(a => a.NotCounted.Select(n => n.Code).Concat(a.Notes.Select(n => n.Code))));
            var ids = Ids(e).Where(id => id.Length > 0).Distinct().ToList();
            var activityIds = e.Activities.Select(a => a.ActivityId).Where(id => id.Any(char.IsDigit)).Distinct().ToList();
            foreach (var explainer in new[] { Explainer.English, Explainer.Spanish, Explainer.Messages })
            {
                foreach (var line in Render(explainer, e))
                {
                    Assert.DoesNotContain("{", line, StringComparison.Ordinal);
                    foreach (var id in ids)
                    {
                        Assert.False(line.Contains(id, StringComparison.Ordinal), $"'{line}' names the id '{id}'.");
                    }
                    foreach (var id in activityIds)
                    {
                        Assert.False(Regex.IsMatch(line, $@"(?<![\w-]){Regex.Escape(id)}(?![\w-])"), $"'{line}' names the activity id '{id}'.");
                    }
                }
            }
            bool approvalMatters = e.Policy.NonApprovedCap is not null || e.Policy.NonApprovedDuration is not null || e.Policy.Requirements.Any(r => r is ApprovedMinimum);
            if (!approvalMatters)
            {
                // A body without approval rules (the NHA, the NCCT, the AMT) is never said to approve or not.
                Assert.All(Render(Explainer.English, e), line => Assert.DoesNotContain("approved", line, StringComparison.OrdinalIgnoreCase));
                Assert.All(Render(Explainer.Spanish, e), line => Assert.DoesNotContain("aprobación", line, StringComparison.OrdinalIgnoreCase));
            }
            foreach (var line in Render(Explainer.Spanish, e))
            {
                var english = wordPattern.Match(Quoted.Replace(line, string.Empty));
                Assert.False(english.Success, $"The Spanish '{line}' has the English word '{english.Value}'.");
            }
        }
        Assert.True(count > 100, $"Only {count} evaluations of built-in policies were generated.");
        Assert.True(codes.Count >= 15, $"Only {codes.Count} decision codes were met: {string.Join(", ", codes)}.");
    }
}

/// <summary>The JSON contract does not depend on the machine's culture.</summary>
public sealed class JsonCultureTest
{
    [Fact]
    public void The_JSON_is_byte_identical_whatever_the_current_culture_is()
    {
        var scenarios = AnyPolicyGenerators.ScenarioGen(maxActivities: 10).Sample(30, new Rnd(7UL, 11UL), 60).ToList();
        string Write()
        {
            // A fresh evaluation each time, so that no message is cached from another culture.
            var results = PlainWordsTest.OnBuiltInPolicies(scenarios).ToList();
            return EvaluationJsonWriter.Write(new LocalDate(2026, 1, 1), results, []);
        }
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            string expected = Write();
            foreach (var name in new[] { "es-US", "es-ES", "fr-FR", "de-DE", "en-US" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
                Assert.Equal(expected, Write());
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
