using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Policies;
using CeuRules.Policies.BuiltIn;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace CeuRules.Tests.PolicyRules;

/// <summary>
/// The built-in policy files give the same policies as the C# definitions they replace: every version
/// written whole (every rule, value and source) is the same, and every evaluation of generated
/// certifications, transcripts and exam attempts (status, figures, routes, next step, deadlines, fees,
/// decisions: the whole result document) is the same under either.
/// </summary>
public sealed class BuiltInDataEquivalenceTest
{
    private static readonly PolicyCatalog Code = new(AamaCma.Versions.AddRange(AmtRma.Versions).AddRange(NhaCcma.Versions).AddRange(NcctNcma.Versions));

    private static readonly PolicyCatalog Data = new(BuiltInPolicyFiles.ReadAll());

    private static readonly CertificationEvaluator CodeEvaluator = new(Code);

    private static readonly CertificationEvaluator DataEvaluator = new(Data);

    [Fact]
    public void Every_version_is_the_same_written_whole()
    {
        Assert.Equal(Code.Credentials.Select(c => c.Id), Data.Credentials.Select(c => c.Id));
        foreach (var credential in Code.Credentials)
        {
            var code = Code.VersionsOf(credential);
            var data = Data.VersionsOf(credential);
            Assert.Equal(code.Select(v => (v.Version, v.EffectiveFrom)), data.Select(v => (v.Version, v.EffectiveFrom)));
            Assert.Equal(PolicyJsonWriter.Write(code), PolicyJsonWriter.Write(data));
            Assert.Equal(code.Select(v => v.Summary), data.Select(v => v.Summary));
        }
    }

    [Property(MaxTest = 1_000)]
    public Property Every_evaluation_is_the_same() =>
        Prop.ForAll(
            RouteGenerators.ScenarioGen(maxActivities: 12).Where(s => Code.Contains(s.Certification.Credential)).ToArbitrary(),
            s =>
            {
                var code = CodeEvaluator.Evaluate(s.Certification, s.Transcript, s.AsOf);
                var data = DataEvaluator.Evaluate(s.Certification, s.Transcript, s.AsOf);
                string codeJson = EvaluationJsonWriter.Write(s.AsOf, [code], []);
                string dataJson = EvaluationJsonWriter.Write(s.AsOf, [data], []);
                return (codeJson == dataJson).Label($"{s}\ncode: {codeJson}\ndata: {dataJson}");
            });
}
