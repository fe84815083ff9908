using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Nodes;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>
/// A custom policy's kinds of activity, certifying body and unit's gender stated per language in the policy
/// file: read, refused with a coded finding where malformed, written back exactly, and used by the words.
/// </summary>
public sealed class PolicyWordsPerLanguageTest
{
    private static readonly CredentialPolicy Policy = SpanishNamedPolicy.Policy;
    private static readonly LearningActivityKind InService = new("in-service");

    [Fact]
    public void The_policy_reads_without_findings_with_every_name()
    {
        var read = SpanishNamedPolicy.Read(null);
        Assert.Empty(read.Findings);
        Assert.Equal(new NameForms("capacitación interna", "las capacitaciones internas"), Policy.KindNameIn(InService, "es"));
        Assert.Equal("la clínica Example", Policy.Credential.Body.InSentenceIn("es"));
        Assert.Equal(GrammaticalGender.Feminine, Policy.Units.GenderIn("es"));
        Assert.Null(Policy.Units.GenderIn("en"));
        Assert.Null(Policy.KindNameIn(InService, "fr"));
    }

    [Fact]
    public void Kinds_are_named_as_the_policy_names_them_in_the_readers_language()
    {
        Assert.Equal("las capacitaciones internas", Explainer.Spanish.KindName(InService, Policy));
        Assert.Equal("capacitación interna", Explainer.Spanish.KindLabel(InService, Policy));
        Assert.Equal("in-service trainings", Explainer.English.KindName(InService, Policy));
        Assert.Equal("in-service training", Explainer.English.KindLabel(InService, Policy));
        // A built-in kind the policy renames is named as the policy says; one it does not name keeps the built-in words.
        Assert.Equal("la experiencia laboral", Explainer.Spanish.KindName(LearningActivityKind.Employment, Policy));
        Assert.Equal("curso", Explainer.Spanish.KindLabel(LearningActivityKind.Course, Policy));
        // Without the policy, only the id is at hand.
        Assert.Equal("in-service", Explainer.Spanish.KindLabel(InService));
        Assert.Equal("in-service", Explainer.Spanish.KindLabel(InService, null));
        Assert.Contains("“in-service”", Explainer.Spanish.KindName(InService), StringComparison.Ordinal);
    }

    [Fact]
    public void A_kind_named_only_in_English_is_named_in_English_to_a_Spanish_reader_and_an_unnamed_one_by_its_id()
    {
        var englishOnly = Assert.Single(SpanishNamedPolicy.Read(v => v["kinds"]!["in-service"]!.AsObject().Remove("es")).Policies);
        Assert.Equal("in-service training", Explainer.Spanish.KindLabel(InService, englishOnly));
        Assert.Equal("in-service trainings", Explainer.Spanish.KindName(InService, englishOnly));
        Assert.Equal("yoga", Explainer.Spanish.KindLabel(new LearningActivityKind("yoga"), Policy));
        Assert.Equal("las actividades del tipo “yoga”", Explainer.Spanish.KindName(new LearningActivityKind("yoga"), Policy));
    }

    [Fact]
    public void The_body_is_named_in_a_sentence_as_the_policy_says()
    {
        var body = Policy.Credential.Body;
        Assert.Equal("la clínica Example", Explainer.Spanish.Body(body));
        Assert.Equal("Example Clinic", Explainer.English.Body(body));
        var member = new Certification(Policy.Credential, new LocalDate(2024, 3, 1)) { IsMember = true };
        var notMember = new Certification(Policy.Credential, new LocalDate(2024, 3, 1)) { IsMember = false };
        Assert.Equal("miembro de la clínica Example", Explainer.Spanish.Membership(member));
        Assert.Equal("no es miembro de la clínica Example", Explainer.Spanish.Membership(notMember));
        Assert.Equal("member of Example Clinic", Explainer.English.Membership(member));

        // A masculine body joins "de el" into "del"; a body without words of its own keeps "la {acronym}".
        var masculine = new CertifyingBody("centro", "CEM", "Centro Example") { InSentence = ImmutableSortedDictionary<string, string>.Empty.Add("es", "el centro Example") };
        var credential = new Credential("centro-ce", masculine, "CE", "Centro Example CE");
        Assert.Equal("miembro del centro Example", Explainer.Spanish.Membership(new Certification(credential, new LocalDate(2024, 3, 1)) { IsMember = true }));
        var plain = new CertifyingBody("plain", "PLN", "Plain");
        Assert.Equal("la PLN", Explainer.Spanish.Body(plain));
        Assert.Equal("the PLN", Explainer.English.Body(plain));
    }

    [Fact]
    public void A_refusal_names_the_kind_and_the_body_in_Spanish()
    {
        var evaluation = Evaluate(new LearningActivity("work", LearningActivityKind.Employment, new LocalDate(2024, 5, 1)) { DurationMinutes = 120 },
            new LearningActivity("web", new LearningActivityKind("webinar"), new LocalDate(2025, 1, 15)) { DurationMinutes = 60 });
        var reasons = evaluation.Activities.SelectMany(a => a.NotCounted).ToList();
        Assert.Contains(reasons, r => Explainer.Spanish.Reason(r) == "La clínica Example no cuenta la experiencia laboral.");
        Assert.Contains(reasons, r => Explainer.English.Reason(r) == "Example Clinic does not count work experience.");
        Assert.Contains(reasons, r => Explainer.Spanish.Reason(r).Contains("los seminarios web solo cuentan si se completan a más tardar el 31 de diciembre de 2024", StringComparison.Ordinal));
    }

    private static CertificationEvaluation Evaluate(params LearningActivity[] activities) =>
        new CertificationEvaluator(new PolicyCatalog([Policy]))
            .Evaluate(new Certification(Policy.Credential, new LocalDate(2024, 3, 1)) { IsMember = true }, new Transcript(activities), new LocalDate(2025, 2, 1));

    [Fact]
    public void The_names_genders_and_body_words_are_written_back_exactly()
    {
        string written = PolicyJsonWriter.Write([Policy]);
        var again = PolicyJsonReader.Read(written);
        Assert.Empty(again.Findings);
        var back = Assert.Single(again.Policies);
        Assert.Equal(Policy.KindNames.Keys, back.KindNames.Keys);
        Assert.All(Policy.KindNames, pair => Assert.Equal(pair.Value, back.KindNames[pair.Key]));
        Assert.Equal(Policy.Credential.Body.InSentence, back.Credential.Body.InSentence);
        Assert.Equal(Policy.Units.Genders, back.Units.Genders);
        Assert.Equal(written, PolicyJsonWriter.Write(again.Policies));
        Assert.Contains("\"kinds\"", written, StringComparison.Ordinal);
        Assert.Contains("\"inSentence\"", written, StringComparison.Ordinal);
        Assert.Contains("\"genders\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_revising_another_keeps_its_kind_names_unless_it_states_its_own()
    {
        var read = SpanishNamedPolicy.ReadFile(root =>
        {
            var versions = root["versions"]!.AsArray();
            versions.Add(new JsonObject { ["version"] = "2025", ["effectiveFrom"] = "2025-01-01", ["revises"] = "2024", ["summary"] = "12 hours." });
            versions.Add(new JsonObject
            {
                ["version"] = "2026", ["effectiveFrom"] = "2026-01-01", ["revises"] = "2025",
                ["kinds"] = new JsonObject { ["drill"] = new JsonObject { ["es"] = new JsonObject { ["one"] = "simulacro de incendio", ["other"] = "los simulacros de incendio" } } },
            });
        });
        Assert.Empty(read.Findings);
        Assert.Equal("capacitación interna", read.Policies[1].KindNameIn(InService, "es")!.One);
        Assert.Null(read.Policies[2].KindNameIn(InService, "es"));
        Assert.Equal("simulacro de incendio", read.Policies[2].KindNameIn(new LearningActivityKind("drill"), "es")!.One);
        Assert.Equal("capacitación interna", Policy.Revise("2025", new LocalDate(2025, 1, 1), null, []).KindNameIn(InService, "es")!.One);
    }

    [Theory]
    [InlineData("kinds.in-service.ES", "invalid-id", "ES")]
    [InlineData("kinds.In Service", "invalid-id", "In Service")]
    [InlineData("kinds.in-service.es.one", "missing-field", null)]
    [InlineData("kinds.in-service.es.other", "missing-field", null)]
    [InlineData("kinds.in-service.es", "wrong-type", "\"training\"")]
    [InlineData("units.genders.es", "unknown-value", "femenino")]
    [InlineData("units.genders.spa", "invalid-id", "spa")]
    public void A_malformed_name_or_gender_is_a_coded_finding_naming_its_value_and_place(string place, string code, string? value)
    {
        var read = SpanishNamedPolicy.Read(version =>
        {
            switch (place)
            {
                case "kinds.in-service.ES":
                    version["kinds"]!["in-service"]!["ES"] = new JsonObject { ["one"] = "x", ["other"] = "y" };
                    break;
                case "kinds.In Service":
                    version["kinds"]!["In Service"] = new JsonObject { ["en"] = new JsonObject { ["one"] = "x", ["other"] = "y" } };
                    break;
                case "kinds.in-service.es.one":
                    version["kinds"]!["in-service"]!["es"]!["one"] = " ";
                    break;
                case "kinds.in-service.es.other":
                    version["kinds"]!["in-service"]!["es"]!.AsObject().Remove("other");
                    break;
                case "kinds.in-service.es":
                    version["kinds"]!["in-service"]!["es"] = "training";
                    break;
                case "units.genders.es":
                    version["units"]!["genders"]!["es"] = "femenino";
                    break;
                default:
                    version["units"]!["genders"]!["spa"] = "feminine";
                    break;
            }
        });
        Assert.False(read.IsValid);
        Assert.Empty(read.Policies);
        var finding = Assert.Single(read.Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(code, finding.Code);
        Assert.Equal("versions[0]." + place, finding.Path);
        if (value is not null)
        {
            Assert.Equal(value, finding.Arguments["value"]);
        }
        Assert.NotEqual(finding.Message, FindingExplainer.Spanish.Sentence(finding));
    }

    [Fact]
    public void A_malformed_body_sentence_is_a_coded_finding()
    {
        var blank = SpanishNamedPolicy.ReadFile(root => root["credential"]!["body"]!["inSentence"]!["es"] = "");
        Assert.Equal("credential.body.inSentence.es", Assert.Single(blank.Findings).Path);
        Assert.Equal("missing-field", Assert.Single(blank.Findings).Code);
        var language = SpanishNamedPolicy.ReadFile(root => root["credential"]!["body"]!["inSentence"]!["español"] = "la clínica");
        Assert.Equal("invalid-id", Assert.Single(language.Findings).Code);
        Assert.Equal("español", Assert.Single(language.Findings).Arguments["value"]);
        Assert.Empty(language.Policies);
    }

    [Fact]
    public void An_unknown_field_in_a_name_is_a_warning_and_the_policy_is_still_read()
    {
        var read = SpanishNamedPolicy.Read(version => version["kinds"]!["drill"]!["es"]!["few"] = "unos simulacros");
        var warning = Assert.Single(read.Findings);
        Assert.Equal("unknown-field", warning.Code);
        Assert.Equal("versions[0].kinds.drill.es.few", warning.Path);
        Assert.True(read.IsValid);
    }

    [Fact]
    public void A_finding_names_kinds_categories_and_units_as_the_policies_do()
    {
        var kind = new Finding(FindingCodes.KindNotAccepted, FindingSeverity.Error, "courses[0]", ("kind", "in-service"), ("credential", Policy.Credential.ToString()));
        var area = new Finding(FindingCodes.DuplicateContentArea, FindingSeverity.Error, "courses[0].contentAreas[1]", ("category", "fire"));
        var unit = new Finding(FindingCodes.UnknownUnit, FindingSeverity.Error, "courses[0].offers[0].credits[0].unit",
            ("unit", "widget"), ("credential", Policy.Credential.ToString()), ("units", "safety-hour"));
        var catalog = PolicyCatalog.BuiltIn.With([Policy]);
        var spanish = FindingExplainer.For(System.Globalization.CultureInfo.GetCultureInfo("es-US"), catalog);

        Assert.Contains("capacitación interna", spanish.Sentence(kind), StringComparison.Ordinal);
        Assert.Contains("prevención de incendios", spanish.Sentence(area), StringComparison.Ordinal);
        Assert.Contains("horas de seguridad", spanish.Sentence(unit), StringComparison.Ordinal);
        Assert.Contains("in-service training", FindingExplainer.For(System.Globalization.CultureInfo.GetCultureInfo("en-US"), catalog).Sentence(kind), StringComparison.Ordinal);
        Assert.Equal(spanish.Sentence(area), Explainer.Spanish.Finding(area, catalog.Policies));
        Assert.Contains("prevención de incendios", Explainer.Spanish.FindingLine(area, [Policy]), StringComparison.Ordinal);

        // Without the policies only the built-in words are at hand: the ids.
        Assert.Contains("in-service", FindingExplainer.Spanish.Sentence(kind), StringComparison.Ordinal);
        Assert.DoesNotContain("capacitación interna", FindingExplainer.Spanish.Sentence(kind), StringComparison.Ordinal);
        Assert.Contains("fire", FindingExplainer.Spanish.Sentence(area), StringComparison.Ordinal);
        Assert.Equal(FindingExplainer.Spanish.Sentence(area), FindingExplainer.For(System.Globalization.CultureInfo.GetCultureInfo("es-US"), PolicyCatalog.BuiltIn).Sentence(area));
        Assert.Throws<ArgumentNullException>(() => FindingExplainer.For(System.Globalization.CultureInfo.InvariantCulture, (PolicyCatalog)null!));
        Assert.Throws<ArgumentException>(() => FindingExplainer.For(System.Globalization.CultureInfo.InvariantCulture, [Policy, null!]));
    }

    [Fact]
    public void The_policy_of_the_credential_a_finding_names_comes_first()
    {
        var other = Assert.Single(SpanishNamedPolicy.ReadFile(root =>
        {
            root["credential"]!["id"] = "other-safety";
            root["credential"]!["acronym"] = "Other CE";
            root["versions"]![0]!["categories"]!["names"]!["fire"]!["es"] = "incendios";
        }).Policies);
        var cpr = new Finding(FindingCodes.CprCredit, FindingSeverity.Error, "courses[0]", ("credit", "1 safety-hour"), ("category", "fire"),
            ("credential", other.Credential.ToString()), ("claimed", "2 safety-hour fire"));
        var spanish = FindingExplainer.For(System.Globalization.CultureInfo.GetCultureInfo("es-US"), [Policy, other]);
        Assert.Contains("categoría incendios", spanish.Sentence(cpr), StringComparison.Ordinal);
        Assert.DoesNotContain("prevención de incendios", spanish.Sentence(cpr), StringComparison.Ordinal);
    }

    [Fact]
    public void A_transcript_may_state_a_kind_the_policy_names_without_an_unknown_kind_warning()
    {
        const string document = """
            { "certifications": [ { "credential": "example-safety", "certifiedOn": "2024-03-01" } ],
              "activities": [ { "id": "a", "kind": "in-service", "completedOn": "2024-06-01" },
                              { "id": "b", "kind": "yoga", "completedOn": "2024-06-02" } ] }
            """;
        var read = TranscriptJsonReader.Read(document, PolicyCatalog.BuiltIn.With([Policy]));
        var warning = Assert.Single(read.Findings);
        Assert.Equal(("unknown-kind", "activities[1].kind", "yoga"), (warning.Code, warning.Path, warning.Arguments["value"]));
        Assert.Contains("in-service", warning.Arguments["known"], StringComparison.Ordinal);
        Assert.Contains(TranscriptJsonReader.Read(document, PolicyCatalog.BuiltIn).Findings, f => f.Code == "unknown-kind" && f.Path == "activities[0].kind");
    }

    [Fact]
    public void The_model_refuses_names_it_cannot_show()
    {
        Assert.Throws<ArgumentException>(() => new NameForms(" ", "x"));
        Assert.Throws<ArgumentNullException>(() => new NameForms("x", null!));
        var byLanguage = ImmutableSortedDictionary<string, NameForms>.Empty.Add("ES", new NameForms("a", "b"));
        Assert.Throws<ArgumentException>(() => Policy.Revise("x", new LocalDate(2030, 1, 1), null, []) is { } p
            ? new CredentialPolicy(p.Credential, "y", p.EffectiveFrom, p.Expiration, p.Window, p.Units, p.CeTimeLimit)
            {
                KindNames = ImmutableSortedDictionary<LearningActivityKind, ImmutableSortedDictionary<string, NameForms>>.Empty.Add(InService, byLanguage),
            }
            : null);
        Assert.Throws<ArgumentException>(() => new CertifyingBody("b", "B", "B") { InSentence = ImmutableSortedDictionary<string, string>.Empty.Add("es", " ") });
        Assert.Throws<ArgumentException>(() => new UnitRule("x/units", new RuleSource("s"), new CreditUnit("u"), [])
        {
            Genders = ImmutableSortedDictionary<string, GrammaticalGender>.Empty.Add("es", (GrammaticalGender)7),
        });
        Assert.Equal(new NameForms("a", "b"), new NameForms("a", "b"));
        Assert.NotEqual(new NameForms("a", "b"), new NameForms("a", "c"));
        Assert.Equal("b", new NameForms("a", "b").Form(plural: true));
    }
}
