using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CeuRules.Catalogs;
using CeuRules.Evaluation;
using CeuRules.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Xunit;

namespace CeuRules.Tests.Json;

/// <summary>
/// Generated and mutated documents through the readers, the evaluator and the catalog validator: no
/// exception, only findings and decisions. CI runs 2,000 documents of each kind; set
/// CEURULES_FUZZ_RUNS (for example to 200000) for a long local run.
/// </summary>
public sealed class FuzzTest
{
    private static int Runs => int.TryParse(Environment.GetEnvironmentVariable("CEURULES_FUZZ_RUNS"), NumberStyles.None, CultureInfo.InvariantCulture, out int runs) && runs > 0 ? runs : 2_000;

    private static readonly CertificationEvaluator Evaluator = new(AnyPolicyGenerators.Catalog);

    private static readonly CatalogValidator Validator = new(AnyPolicyGenerators.Catalog);

    /// <summary>A generated transcript document, its JSON mutated by up to five structural changes and, sometimes, a few bytes.</summary>
    private static Gen<(string Json, byte[] Bytes)> MutatedTranscripts { get; } =
        from scenario in AnyPolicyGenerators.ScenarioGen(maxActivities: 12)
        from seed in Gen.Choose(0, int.MaxValue)
        from structural in Gen.Choose(0, 5)
        from byteLevel in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 4)))
        select Mutated(TranscriptJsonWriter.Write(new TranscriptDocument(scenario.AsOf, [scenario.Certification], scenario.Transcript)), seed, structural, byteLevel);

    private static (string Json, byte[] Bytes) Mutated(string json, int seed, int structural, int byteLevel)
    {
        var random = new Random(seed);
        var root = JsonNode.Parse(json)!;
        for (int i = 0; i < structural; i++)
        {
            PolicyJsonMutationProperties.Mutate(root, random);
        }
        var text = root.ToJsonString();
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        for (int i = 0; i < byteLevel && bytes.Length > 0; i++)
        {
            int at = random.Next(bytes.Length);
            bytes = random.Next(3) switch
            {
                0 => [.. bytes[..at], .. bytes[(at + 1)..]],                       // delete a byte
                1 => [.. bytes[..at], (byte)random.Next(256), .. bytes[at..]],      // insert one
                _ => [.. bytes[..at], (byte)(bytes[at] ^ (1 << random.Next(8))), .. bytes[(at + 1)..]], // flip a bit
            };
        }
        return (text, bytes);
    }

    [Fact]
    public void Mutated_transcripts_read_and_evaluate_without_an_exception()
    {
        Prop.ForAll(MutatedTranscripts.ToArbitrary(), mutated =>
        {
            var read = TranscriptJsonReader.Read(mutated.Bytes);
            if (read.Document is { } document)
            {
                foreach (var certification in document.Certifications)
                {
                    var result = Evaluator.Evaluate(certification, document.Transcript, document.AsOf ?? new LocalDate(2025, 11, 23));
                    if (result.Activities.Any(a => a.Submitted != a.CountedTotal + a.NotCountedTotal))
                    {
                        return false;
                    }
                }
            }
            return read.Findings.All(f => f.Code.Length > 0 && f.Path.Length > 0);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }

    [Fact]
    public void Mutated_catalogs_read_and_validate_without_an_exception()
    {
        var shipped = new[] { "example-academy.json", "with-errors.json" }
            .Select(name => File.ReadAllText(Path.Combine(CeuRules.Tests.PublicApi.ApprovedApi.RepositoryRoot(), "docs", "examples", "catalogs", name))).ToArray();
        var gen = from file in Gen.Elements(shipped)
                  from seed in Gen.Choose(0, int.MaxValue)
                  from structural in Gen.Choose(0, 6)
                  from byteLevel in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 4)))
                  select Mutated(file, seed, structural, byteLevel);
        Prop.ForAll(gen.ToArbitrary(), ((string Json, byte[] Bytes) mutated) =>
        {
            var read = CatalogJsonReader.Read(mutated.Bytes);
            if (read.Catalog is { } catalog)
            {
                var validation = Validator.Validate(catalog, new LocalDate(2025, 11, 23));
                return validation.IsValid == validation.Findings.All(f => f.Severity != FindingSeverity.Error);
            }
            return read.Findings.Any(f => f.Severity == FindingSeverity.Error);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Runs));
    }
}
