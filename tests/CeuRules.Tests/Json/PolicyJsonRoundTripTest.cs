using System;
using System.Collections.Immutable;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Explanations;
using CeuRules.Json;
using CeuRules.Model;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using FsCheck.Xunit;
using Xunit;

namespace CeuRules.Tests.Json;

[Properties(Arbitrary = new[] { typeof(Generators) }, MaxTest = 100)]
public sealed class PolicyJsonRoundTripTest
{
    private static readonly string[] CredentialIds = ["aama-cma", "amt-rma", "nha-ccma", "ncct-ncma"];

    public static TheoryData<string> BuiltInCredentials() => new(CredentialIds);

    internal static ImmutableArray<CredentialPolicy> BuiltIn(string credentialId) => credentialId switch
    {
        "aama-cma" => AamaCma.Versions,
        "amt-rma" => AmtRma.Versions,
        "nha-ccma" => NhaCcma.Versions,
        _ => NcctNcma.Versions,
    };

    private static readonly Lazy<PolicyCatalog> ReadCatalog = new(() =>
        new PolicyCatalog(CredentialIds.SelectMany(id => PolicyJsonReader.Read(PolicyJsonWriter.Write(BuiltIn(id))).Policies)));

    [Theory]
    [MemberData(nameof(BuiltInCredentials))]
    public void A_built_in_policy_written_reads_back_without_findings_and_writes_the_same_text(string credentialId)
    {
        var written = PolicyJsonWriter.Write(BuiltIn(credentialId));
        var read = PolicyJsonReader.Read(written);
        Assert.Empty(read.Findings);
        Assert.True(read.IsValid);
        Assert.Equal(BuiltIn(credentialId).Length, read.Policies.Length);
        Assert.Equal(written, PolicyJsonWriter.Write(read.Policies));
    }

    [Theory]
    [MemberData(nameof(BuiltInCredentials))]
    public void A_built_in_policy_read_back_has_the_same_rules_sources_and_descriptions(string credentialId)
    {
        var original = BuiltIn(credentialId);
        var read = PolicyJsonReader.Read(PolicyJsonWriter.Write(original)).Policies;
        for (int i = 0; i < original.Length; i++)
        {
            Assert.Equal(original[i].PolicyId, read[i].PolicyId);
            Assert.Equal(original[i].EffectiveFrom, read[i].EffectiveFrom);
            Assert.Equal(original[i].Summary, read[i].Summary);
            Assert.Equal(original[i].Units.SingularName, read[i].Units.SingularName);
            Assert.Equal(original[i].Units.PluralName, read[i].Units.PluralName);
            Assert.Equal(
                original[i].Rules().Select(r => (r.GetType(), r.RuleId, r.Source, Explainer.English.Rule(r, original[i]))),
                read[i].Rules().Select(r => (r.GetType(), r.RuleId, r.Source, Explainer.English.Rule(r, read[i]))));
        }
    }

    [Fact]
    public void Writing_is_deterministic_whatever_the_order_of_the_versions() =>
        Assert.Equal(PolicyJsonWriter.Write(AamaCma.Versions), PolicyJsonWriter.Write(AamaCma.Versions.Reverse()));

    [Fact]
    public void The_writer_rejects_what_is_not_one_credential()
    {
        Assert.Throws<ArgumentNullException>(() => PolicyJsonWriter.Write(null!));
        Assert.Throws<ArgumentException>(() => PolicyJsonWriter.Write([]));
        Assert.Throws<ArgumentException>(() => PolicyJsonWriter.Write([AamaCma.From2020, NhaCcma.Current]));
        Assert.Throws<ArgumentException>(() => PolicyJsonWriter.Write([AamaCma.From2020, null!]));
    }

    [Fact]
    public void The_built_in_catalog_with_the_read_policies_replaces_every_credential()
    {
        var read = CredentialIds.SelectMany(id => PolicyJsonReader.Read(PolicyJsonWriter.Write(BuiltIn(id))).Policies).ToList();
        var catalog = PolicyCatalog.BuiltIn.With(read);
        Assert.Equal(PolicyCatalog.BuiltIn.Policies.Select(p => p.PolicyId), catalog.Policies.Select(p => p.PolicyId));
        Assert.All(catalog.Policies, p => Assert.Contains(p, read));
    }

    [Property]
    public bool Every_credential_evaluates_identically_under_its_read_back_policy(Scenario scenario)
    {
        var builtIn = new CertificationEvaluator(PolicyCatalog.BuiltIn);
        var readBack = new CertificationEvaluator(ReadCatalog.Value);
        foreach (var credential in new[] { Credential.AamaCma, Credential.AmtRma, Credential.NhaCcma, Credential.NcctNcma })
        {
            var certification = new Certification(credential, scenario.Certification.CertifiedOn)
            {
                IsMember = scenario.Certification.IsMember,
                ExamAttempts = scenario.Certification.ExamAttempts,
            };
            var expected = EvaluationJsonWriter.Write(scenario.AsOf, [builtIn.Evaluate(certification, scenario.Transcript, scenario.AsOf)], []);
            var actual = EvaluationJsonWriter.Write(scenario.AsOf, [readBack.Evaluate(certification, scenario.Transcript, scenario.AsOf)], []);
            if (expected != actual)
            {
                return false;
            }
        }
        return true;
    }

    [Theory]
    [InlineData("amt-rma", "2018-03-15", "2021-06-01")]
    [InlineData("amt-rma", "2015-03-15", "2019-06-01")]
    [InlineData("nha-ccma", "2022-05-01", "2024-06-01")]
    [InlineData("ncct-ncma", "2023-07-01", "2024-08-01")]
    [InlineData("aama-cma", "2014-02-10", "2020-02-01")]
    public void Worked_transcripts_evaluate_identically(string credentialId, string certifiedOn, string asOf)
    {
        var certified = NodaTime.Text.LocalDatePattern.Iso.Parse(certifiedOn).Value;
        var on = NodaTime.Text.LocalDatePattern.Iso.Parse(asOf).Value;
        PolicyCatalog.BuiltIn.TryGetCredential(credentialId, out var credential);
        var certification = new Certification(credential, certified) { IsMember = true };
        var transcript = new Transcript(
        [
            new LearningActivity("course", LearningActivityKind.Course, certified.PlusMonths(3)) { DurationMinutes = 240, Credits = [new CreditLine(CreditAmount.FromUnits(4), CreditUnit.ContactHour, null)] },
            new LearningActivity("ceu", LearningActivityKind.Conference, certified.PlusMonths(5)) { Credits = [new CreditLine(CreditAmount.FromDecimal(1.5m), CreditUnit.IacetCeu, null)] },
            new LearningActivity("work", LearningActivityKind.Employment, certified.PlusMonths(7)) { Credits = [new CreditLine(CreditAmount.FromUnits(10), CreditUnit.AmtCcpPoint, null)] },
            new LearningActivity("hipaa-1", LearningActivityKind.EmployerTraining, certified.PlusMonths(1)) { Title = "HIPAA", DurationMinutes = 60 },
            new LearningActivity("hipaa-2", LearningActivityKind.EmployerTraining, certified.PlusMonths(9)) { Title = "HIPAA", DurationMinutes = 60 },
            new LearningActivity("cpr", LearningActivityKind.CprCard, certified.PlusMonths(2)) { ValidMonths = 24 },
            new LearningActivity("old", LearningActivityKind.Course, certified.PlusMonths(-13)) { DurationMinutes = 600 },
        ]);
        var expected = EvaluationJsonWriter.Write(on, [new CertificationEvaluator(PolicyCatalog.BuiltIn).Evaluate(certification, transcript, on)], []);
        var actual = EvaluationJsonWriter.Write(on, [new CertificationEvaluator(ReadCatalog.Value).Evaluate(certification, transcript, on)], []);
        Assert.Equal(expected, actual);
    }
}
